"""`claims report`: one self-contained HTML page of what a set of claims says (sources.py reads claims,
annotation folders, batch folders or articles; aggregate.py computes the figures; charts.py draws them
with matplotlib; highlight.py marks the claims in the text; render.py fills templates/report.html)."""
