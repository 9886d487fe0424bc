"""`followup batch`: a whole decision round drafted at once, resumable, nothing lost.

A round flows through one module per step:

    inputs.py    a CSV export, JSONL, YAML or a folder of notes -> validated requests; bad rows reported
    keys.py      what identifies a draft: the candidate's inputs + everything that shapes the draft
    journal.py   what is already done, appended and flushed as each candidate finishes
    governor.py  how many requests are in flight, how fast they start, the shared pause after a 429
    clients.py   the ChatClient wrapped: retries through the governor, the response cache, the tally
    cache.py     the SQLite cache of identical requests
    prompts.py   prompt templates compiled once per round instead of once per render
    runner.py    the round itself: workers, the token budget, stopping early
    outputs.py   an .eml and an .md per candidate, manifest.jsonl and manifest.csv
    cost.py      prices per model and the estimate
    progress.py  the progress bar or plain lines, and the summary

With --batch-api the round's requests go through the provider's Batch API instead:

    batchapi.py      build, upload, create, wait, collect; re-asks in a second batch
    provider.py      the Files and Batches API: each file uploaded once, each batch created once
    batchlines.py    the JSONL request and result lines, input files split at the limits
    batchjournal.py  uploads, batch ids and replies of conversations that go on, as they happen

Nothing here imports openai, rich or sqlite3 at import time: the CLI stays fast to start.
"""
