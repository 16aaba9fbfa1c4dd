"""The review web app (FastAPI + Jinja2 + a little plain JS).

Pages: `/` (documents with progress), `/docs/{doc_id}` (article with highlighted spans beside the
claim cards). JSON API: `GET /api/docs/{doc_id}` ({version, claim_versions, records}),
`POST /api/docs/{doc_id}/claims/{claim_id}` ({action: accept|reject|save|span|undo, fields, span, version,
annotator, note}), `POST /api/docs/{doc_id}/claims` (add: {start, end, fields, annotator}) and
`GET /api/amount?text=` (what the project's parsers read in a text, for the add form).

Every save is a locked read-check-write: the client sends the version of the claim it acts on (hash
of its record) as it last saw it; a different current version means someone else changed that claim
in between, and the save is refused with HTTP 409 instead of overwriting. Saves on different claims of
one article never conflict: each re-reads the file under the lock and changes only its own claim.

Safety: a token (when set) is required on every request, as the `X-Review-Token` header or the
`review_token` cookie that a `?token=` link sets; document ids are validated before any file is named;
Jinja autoescape is on, so article text is always shown as text.
"""

from __future__ import annotations

import hmac
import json
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from pipeline.review import store
from pipeline.review.amounts import format_amount, format_number, suggest_amount
from pipeline.review.edits import (
    EditError,
    Reviewer,
    add_record,
    apply_action,
    find,
    new_claim,
    replace_record,
    trim,
)
from pipeline.review.render import CHOICES, KEYS, actor_names, card, filter_options, progress, segments
from pipeline.review.undo import UndoLog

HERE = Path(__file__).resolve().parent
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
TOKEN_HEADER = "x-review-token"
TOKEN_COOKIE = "review_token"
STALE_MESSAGE = ("This claim was changed by someone else (another annotator, a pipeline run or an import) "
                 "since you opened it. Your change was NOT saved. Their version is now shown; what you typed "
                 "is kept in the form: check it and save again.")

#: What one request may send: a claim's fields and a note, never a document.
MAX_BODY = 1_000_000
MAX_NOTE = 10_000
#: How long a save waits for the folder lock (held by an import or `claims annotate`) before it answers
#: 503: a busy folder is an answer within a second, never a request left hanging.
LOCK_WAIT = 0.5
BUSY_MESSAGE = "busy, try again: the annotation folder is being written (an import or a pipeline run)"


def _error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _token_ok(given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def create_app(folder: Path, token: str | None = None, annotator: str | None = None,
               local_only: bool = False, actors_path: Path | None = None) -> FastAPI:
    """The app over an annotation folder. `local_only` refuses requests whose Host header is not a
    loopback name (DNS rebinding); `token` is required on every request when given."""
    folder = Path(folder)
    app = FastAPI(title="claims review", docs_url=None, redoc_url=None, openapi_url=None)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    actors = actor_names(actors_path) if actors_path else actor_names()
    default_annotator = annotator or "annotator"
    undo = UndoLog()

    if local_only:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"])

    @app.middleware("http")
    async def require_token(request: Request, call_next):
        if token is None:
            return await call_next(request)
        query = request.query_params.get("token")
        if query is not None:
            if not _token_ok(query, token):
                return PlainTextResponse("wrong token", status_code=401)
            path = "/" + request.url.path.lstrip("/")  # "//host" would send the browser to another site
            response = RedirectResponse(path, status_code=303)
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
            return response
        if _token_ok(request.headers.get(TOKEN_HEADER), token) or _token_ok(request.cookies.get(TOKEN_COOKIE), token):
            return await call_next(request)
        return PlainTextResponse("token required: open the link printed when `claims review` started", 401)

    def doc_ids() -> list[str]:
        return store.list_doc_ids(folder)

    @app.exception_handler(store.BadFile)
    async def bad_file(request: Request, exc: store.BadFile):
        return PlainTextResponse(f"an annotation file is broken ({exc}); fix it by hand, nothing was written",
                                 status_code=500)

    @app.exception_handler(store.Busy)
    async def busy(request: Request, exc: store.Busy):
        return JSONResponse({"error": BUSY_MESSAGE}, status_code=503, headers={"Retry-After": "1"})

    def row(doc_id: str):
        try:
            return progress(doc_id, store.read_records(folder, doc_id), store.read_sidecar(folder, doc_id))
        except store.BadFile:
            return progress(doc_id, [], None, broken=True)

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        rows = [row(d) for d in doc_ids()]
        total = (sum(r.claims for r in rows), sum(r.reviewed for r in rows))
        context = {"rows": rows, "total": total, "folder": str(folder), "annotator": default_annotator, "keys": KEYS}
        return templates.TemplateResponse(request, "index.html", context)

    @app.get("/docs/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str):
        if not store.valid_doc_id(doc_id):
            return PlainTextResponse("invalid document id", status_code=400)
        ids = doc_ids()
        if doc_id not in ids:
            return PlainTextResponse("no such document", status_code=404)
        content = store.read_content(folder, doc_id)
        records = store.parse(content)
        sidecar = store.read_sidecar(folder, doc_id) or {}
        text = sidecar.get("text") if isinstance(sidecar.get("text"), str) else None
        position = ids.index(doc_id)
        context = {
            "doc_id": doc_id, "title": sidecar.get("title") or doc_id, "date": sidecar.get("date"),
            "publisher": sidecar.get("publisher"), "has_text": text is not None,
            "segments": segments(text, records) if text is not None else [],
            "cards": [card(r) for r in records], "actors": actors, "filters": filter_options(records), "keys": KEYS,
            "choices": CHOICES,
            "next_doc": ids[position + 1] if position + 1 < len(ids) else None,
            "prev_doc": ids[position - 1] if position > 0 else None,
            "progress": progress(doc_id, records, sidecar), "annotator": default_annotator,
        }
        return templates.TemplateResponse(request, "doc.html", context)

    @app.get("/api/docs/{doc_id}")
    def api_document(doc_id: str):
        if not store.valid_doc_id(doc_id):
            return _error(400, "invalid document id")
        if doc_id not in doc_ids():
            return _error(404, "no such document")
        content = store.read_content(folder, doc_id)
        records = store.parse(content)
        return {"doc_id": doc_id, "version": store.version_of(content), "records": records,
                "claim_versions": {r.get("claim_id"): store.claim_version(r) for r in records}}

    @app.get("/api/amount")
    def api_amount(text: str = ""):
        reading = suggest_amount(text[:1000])
        if reading is None:
            return {"found": False}
        return {"found": True, "value": reading.value, "unit": reading.unit, "kind": reading.kind,
                "qualifier": reading.qualifier, "text": format_number(reading.value),
                "display": format_amount(reading.value, reading.unit)}

    async def json_body(request: Request) -> dict | Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _error(415, "send JSON (Content-Type: application/json)")
        raw = b""
        async for chunk in request.stream():  # read no more than the limit, whatever the client sends
            raw += chunk
            if len(raw) > MAX_BODY:
                return _error(413, f"a request body is at most {MAX_BODY:,} bytes")
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python recurses
            return _error(400, "malformed JSON")
        if not isinstance(body, dict):
            return _error(400, "expected a JSON object")
        if isinstance(body.get("note"), str) and len(body["note"]) > MAX_NOTE:
            return _error(413, f"a note is at most {MAX_NOTE:,} characters")
        return body

    class Stale(Exception):
        """The claim is no longer at the version the client acted on."""

        def __init__(self, current: dict):
            self.current = current

    def answer(record: dict | None, **extra) -> dict:
        if record is None:
            return {"version": None, "record": None, "card": None, **extra}
        return {"version": store.claim_version(record), "record": record, "card": card(record), **extra}

    def checked(records: list[dict], claim_id: str, version) -> dict:
        """The claim's record, if it is still at `version` (Stale if not, KeyError if gone)."""
        record = find(records, claim_id)
        if store.claim_version(record) != version:
            raise Stale(record)
        return record

    def save(doc_id: str, claim_id: str, change, log: bool = True) -> Response:
        """Locked read-check-write of one claim in a document file; `change(records)` gives the new
        records and the claim's record before and after (None: absent)."""
        if not store.valid_doc_id(doc_id):
            return _error(400, "invalid document id")
        with store.locked(folder, timeout=LOCK_WAIT):
            if doc_id not in doc_ids():
                return _error(404, "no such document")
            try:
                records, before, after = change(store.parse(store.read_content(folder, doc_id)))
            except Stale as exc:
                return _error(409, STALE_MESSAGE, **answer(exc.current))
            except KeyError:
                return _error(404, "no such claim in this document")
            except EditError as exc:
                return _error(422, str(exc), field=exc.field)
            store.write_records(folder, doc_id, records)
        if log and after is not None:
            undo.push(doc_id, claim_id, store.claim_version(after), before)
        return JSONResponse(answer(after, removed=after is None))

    def article_text(doc_id: str) -> str | None:
        text = (store.read_sidecar(folder, doc_id) or {}).get("text") if store.valid_doc_id(doc_id) else None
        return text if isinstance(text, str) else None

    def reviewer(body: dict) -> Reviewer:
        name = body.get("annotator")
        return Reviewer(name.strip()[:100] if isinstance(name, str) and name.strip() else default_annotator)

    @app.post("/api/docs/{doc_id}/claims/{claim_id}")
    async def api_claim(request: Request, doc_id: str, claim_id: str):
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        fields = body.get("fields") or {}
        if not isinstance(fields, dict):
            return _error(422, "fields must be an object")
        note = body.get("note") if isinstance(body.get("note"), str) else None
        who = reviewer(body)

        action = str(body.get("action"))
        version = body.get("version")
        span = body.get("span")
        text = article_text(doc_id) if action == "span" else None

        def change(records):
            before = checked(records, claim_id, version)
            if action == "undo":
                found, earlier = undo.before(doc_id, claim_id, version)
                if not found:
                    raise EditError("undo", "nothing to undo for this claim (the server keeps the changes it made "
                                            "since it started)")
                undo.drop(doc_id, claim_id, version)
                return replace_record(records, claim_id, earlier), before, earlier
            out = apply_action(records, claim_id, action, fields, who, note, span=span, text=text)
            return out, before, find(out, claim_id)

        # the folder lock may be held by another process (an import): wait for it off the event loop,
        # so the server keeps answering everyone else meanwhile
        return await run_in_threadpool(save, doc_id, claim_id, change, action != "undo")

    @app.post("/api/docs/{doc_id}/claims")
    async def api_add(request: Request, doc_id: str):
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        if not store.valid_doc_id(doc_id):
            return _error(400, "invalid document id")
        sidecar = store.read_sidecar(folder, doc_id) or {}
        text = sidecar.get("text")
        if not isinstance(text, str):
            return _error(422, "no article text for this document (run `claims annotate` first)")
        start, end = body.get("start"), body.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            return _error(422, "the selection is not a span of the article text", field="span")
        start, end = trim(text, start, end)
        fields = body.get("fields") if isinstance(body.get("fields"), dict) else {}
        who = reviewer(body)
        try:
            record = new_claim(doc_id, text, start, end, fields, who, doc_date=sidecar.get("date"))
        except EditError as exc:
            return _error(422, str(exc), field=exc.field)

        def change(records):
            before = next((r for r in records if r.get("claim_id") == record["claim_id"]), None)
            return add_record(records, record), before, record

        # the folder lock may be held by another process (an import): wait for it off the event loop,
        # so the server keeps answering everyone else meanwhile
        return await run_in_threadpool(save, doc_id, record["claim_id"], change)

    return app
