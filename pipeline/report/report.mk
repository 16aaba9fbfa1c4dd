# Targets of the report (pipeline/report). Included by the top Makefile.
REPORT_ARTICLE ?= 2012-ntb-rnb-vei

report: setup ## claims report on corpus/ into out/report.html (one offline page)
	@mkdir -p out
	$(CLAIMS) report corpus/ -o out/report.html

report-screenshot: report ## the README's pictures of out/report.html (docs/report.png, docs/report-article.png; needs make browser-deps)
	$(PY) -m pipeline.report.screenshot out/report.html docs/report.png --at '#doc-$(REPORT_ARTICLE)' docs/report-article.png

.PHONY: report report-screenshot
