"""Abbreviations that must stay one token and never end a sentence.

spaCy's `nb` already knows most of these; listing them here makes the guarantee ours and adds the
ones Norwegian budget texts use that it lacks.
"""

ABBREVIATIONS = [
    "mill.", "mrd.", "mia.", "kr.", "ca.", "bl.a.", "f.eks.", "nr.", "jf.", "jfr.", "o.l.", "pr.",
    "kl.", "mv.", "m.v.", "m.m.", "pst.", "inkl.", "ekskl.", "evt.", "osv.", "dvs.", "mht.", "iht.",
    "ifm.", "vedr.", "st.prp.", "prop.", "stmeld.", "St.meld.", "Prop.", "Meld.", "nov.", "des.",
    "jan.", "feb.", "aug.", "sep.", "sept.", "okt.", "dept.", "tlf.", "ev.", "hhv.", "iflg.", "ift.",
    "t.o.m.", "f.o.m.", "o.a.", "m.fl.", "s.", "ss.", "gl.", "ant.",
]
