# Targets of the annotation tool (pipeline/review). Included by the top Makefile.
ANNOTATIONS ?= annotations
REVIEW_HOST ?= 127.0.0.1
REVIEW_PORT ?= 8000

review: setup ## start the review app on annotations/
	$(PY) -m pipeline review --annotations $(ANNOTATIONS) --host $(REVIEW_HOST) --port $(REVIEW_PORT)

browser-deps: ## install Debian chromium for the browser tests
	@if [ -x /usr/bin/chromium ]; then \
		echo "chromium already installed: /usr/bin/chromium"; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update && apt-get install -y chromium; \
	else \
		echo "browser-deps: /usr/bin/chromium is missing and we are not root; run as root: apt-get install -y chromium" >&2; \
	fi

.PHONY: review browser-deps
