"""`followup review`: a round's drafts in the browser, to read, edit, approve and export.

    state.py    the review's own record in the round's folder (review.json): approved, set aside,
                edited; what `followup batch` reads to leave a reviewed draft alone
    round.py    the round as the review sees it: the manifest, each candidate's draft, and the
                edits, verdicts and redrafts written back to the folder
    export.py   the approved drafts as .eml files, one .mbox or a CSV for an ATS
    pages.py    the HTML: the list, one candidate, the offending text and withheld notes marked
    app.py      the Starlette app: routes, the token, the loopback-only host check
    server.py   uvicorn on 127.0.0.1, the URL printed and opened

Only `state` is imported outside the `review` command (by the batch): nothing here imports
Starlette or uvicorn at the CLI's import time.
"""
