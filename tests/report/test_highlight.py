"""The article cut for highlighting (pipeline.report.highlight)."""

from pipeline.report.highlight import pieces

from .helpers import VEI_A, claim


def test_the_pieces_are_the_text_with_labels_where_spans_end():
    record = claim("a", VEI_A, "700 millioner kroner", 7e8, actor="Regjeringen", measure="vei")
    cut = pieces(VEI_A, [record])
    assert "".join(p.text for p in cut) == VEI_A
    marked = [(p.text, p.kinds, p.ends) for p in cut if p.kinds]
    assert marked == [("Regjeringen", ("actor",), ("actor",)), ("700 millioner kroner", ("amount",), ("amount",)),
                      ("vei", ("measure",), ("measure",))]
    assert [p.anchors for p in cut if p.anchors] == [(record["claim_id"],)]  # the claim's anchor is its amount


def test_a_span_that_no_longer_reads_its_text_is_not_marked():
    record = claim("a", VEI_A, "700 millioner kroner", 7e8)
    record["amount"]["text"] = "800 millioner kroner"  # the text changed since
    cut = pieces(VEI_A, [record])
    assert [p for p in cut if p.kinds or p.anchors] == [] and "".join(p.text for p in cut) == VEI_A


def test_a_sentence_of_the_article_keeps_the_articles_offsets():
    record = claim("a", VEI_A, "2 milliarder kroner", 2e9)
    evidence = record["evidence"]
    cut = pieces(evidence["text"], [record], offset=evidence["start"])
    assert [p.text for p in cut if p.kinds] == ["2 milliarder kroner"]
    assert "".join(p.text for p in cut) == evidence["text"]
