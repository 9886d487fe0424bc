"""`followup review` as a recruiter uses it: the real command, its real server, Debian's chromium
driven by Playwright (pointed at /usr/bin/chromium: no browser is downloaded).

Open the list, move through it with the keyboard, open a candidate, edit, save, approve, export;
the pages' labels, focus ring and contrast checked in the browser. Screenshots of the list and of a
candidate go to $FOLLOWUP_REVIEW_SHOTS when it is set (else the test's temporary folder).
"""

from __future__ import annotations

import mailbox
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# Debian's package; FOLLOWUP_CHROMIUM names another build of it (chromium-browser elsewhere).
CHROMIUM = os.environ.get("FOLLOWUP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
PROFILE = """[profile]
company = "Northwind"
sender_name = "Dana Whitfield"
sender_title = "Talent Partner"
sender_email = "dana@example.com"
"""

# Every text on the page against its effective background: WCAG AA (4.5:1; 3:1 for large text).
CONTRAST_PROBLEMS = """() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const problems = [];
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    const fg = lum(rgb(style.color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && style.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      problems.push(el.tagName + " '" + el.textContent.trim().slice(0, 30) + "' " + ratio.toFixed(2));
    }
  }
  return problems;
}"""

UNLABELLED = """() => [...document.querySelectorAll("input:not([type=hidden]), select, textarea")]
  .filter((c) => c.labels.length === 0 && !c.getAttribute("aria-label")).map((c) => c.name)"""


@pytest.fixture(scope="module")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium for these tests")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium): the review's "
                    "browser tests did not run")
    return CHROMIUM


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FOLLOWUP_REVIEW_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def review_url(tmp_path: Path, chromium: str) -> Iterator[tuple[str, Path]]:
    """A round drafted offline, and `followup review` serving it; stopped with Ctrl-C after."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    env |= {"XDG_CONFIG_HOME": str(tmp_path / "config"), "FOLLOWUP_CACHE_DIR": str(tmp_path / "c")}
    (tmp_path / "followup.toml").write_text(PROFILE)
    followup = [sys.executable, "-m", "followup"]
    subprocess.run([*followup, "batch", str(EXAMPLES / "round.csv"), "--out", "drafts"],
                   cwd=tmp_path, env=env, capture_output=True, check=True, timeout=120)
    server = subprocess.Popen([*followup, "review", "drafts", "--no-browser"], cwd=tmp_path,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # "Reviewing drafts at http://127.0.0.1:PORT/?token=..."
        assert " at http://127.0.0.1:" in line, server.stderr.read() if server.stderr else line
        yield line.split(" at ", 1)[1].strip(), tmp_path / "drafts"
        server.send_signal(signal.SIGINT)  # Ctrl-C stops it, cleanly
        assert server.wait(timeout=15) == 0
        assert server.stderr is not None and "review stopped" in server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=5)


def test_review_edit_approve_and_export_in_a_real_browser(review_url: tuple[str, Path],
                                                          chromium: str, shots: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, folder = review_url
    origin = url.split("/?", 1)[0]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            page.set_default_timeout(10_000)

            # Without the token, nothing.
            refused = page.goto(origin + "/")
            assert refused is not None and refused.status == 403
            expect(page.locator("h1")).to_have_text("Open the link followup printed")

            # The list: every candidate, the token gone from the address bar.
            page.goto(url)
            assert page.url == origin + "/"
            expect(page.locator("h1")).to_have_text("Drafts of the round")
            expect(page.locator("table.drafts tbody tr")).to_have_count(12)
            assert page.evaluate(UNLABELLED) == []
            assert page.evaluate(CONTRAST_PROBLEMS) == []
            page.keyboard.press("Tab")  # the skip link first, with a visible focus ring
            assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
            page.screenshot(path=str(shots / "list.png"), full_page=True)

            # Search with "/" and filter, then clear.
            page.keyboard.press("Escape")
            page.locator("body").click(position={"x": 5, "y": 300})
            page.keyboard.press("/")
            expect(page.locator("#q")).to_be_focused()
            page.keyboard.type("backend")
            page.keyboard.press("Enter")
            expect(page.locator("table.drafts tbody tr")).to_have_count(4)
            page.get_by_role("link", name="Clear").click()
            expect(page.locator("table.drafts tbody tr")).to_have_count(12)

            # Keyboard: j j moves to the second row (Ben), Enter opens him.
            page.locator("body").click(position={"x": 5, "y": 300})
            page.keyboard.press("j")
            page.keyboard.press("j")
            expect(page.locator("tr.current a.open")).to_have_text("Ben Carter")
            page.keyboard.press("Enter")
            expect(page.locator("h1")).to_contain_text("Ben Carter")
            page.wait_for_load_state()
            # The comparison the lexicons withheld is marked with its category (the learned model
            # withholds more of Ben's notes: README, how far to trust the screening).
            expect(page.locator("pre.notes mark.withheld .tag", has_text="comparison")).to_have_count(1)
            expect(page.locator("ul.quotes blockquote")).to_contain_text("Solid Python")
            assert page.evaluate(UNLABELLED) == []
            assert page.evaluate(CONTRAST_PROBLEMS) == []

            # Edit into a draft that fails a blocking check: it is marked in the email.
            page.get_by_label("Subject", exact=True).fill("Your Backend Engineer interview")
            body = page.get_by_label("Body", exact=True)
            original = body.input_value()
            body.fill(original.replace("Hi Ben,", "Dear Candidate,"))
            page.get_by_role("button", name="Save").click()
            expect(page.locator(".message")).to_contain_text("1 blocking failure(s)")
            expect(page.locator("pre.email mark.blocking")).to_contain_text("Dear Candidate")
            page.screenshot(path=str(shots / "candidate-blocking.png"), full_page=True)

            # Fixed, saved, approved.
            page.get_by_label("Body", exact=True).fill(original.replace(
                "After careful thought,", "After careful thought about your interview,"))
            page.get_by_role("button", name="Save").click()
            expect(page.locator(".message")).to_contain_text("0 blocking failure(s)")
            expect(page.locator("pre.email")).to_contain_text("careful thought about your interview")
            page.get_by_role("button", name="Approve").click()
            expect(page.locator(".message")).to_have_text("Approved.")
            expect(page.locator(".facts")).to_contain_text("approved")
            page.wait_for_load_state()
            page.screenshot(path=str(shots / "candidate.png"), full_page=True)

            # j goes on to the next candidate; u back to the list, where Ben is approved and edited.
            page.keyboard.press("j")
            expect(page.locator("h1")).to_contain_text("Chloé Dubois")
            page.wait_for_load_state()  # its script too, before the next key
            page.keyboard.press("u")
            ben = page.locator("tr", has=page.get_by_role("link", name="Ben Carter"))
            expect(ben).to_contain_text("approved")
            expect(ben).to_contain_text("edited")
            page.screenshot(path=str(shots / "list-reviewed.png"), full_page=True)

            # Export one mbox.
            page.get_by_label("one .mbox file").check()
            page.get_by_role("button", name="Export 1 approved").click()
            expect(page.locator(".message")).to_contain_text("Exported 1 approved draft(s)")
        finally:
            browser.close()

    box = mailbox.mbox(folder / "export" / "approved.mbox")
    messages = list(box)
    assert [str(m["Subject"]) for m in messages] == ["Your Backend Engineer interview"]
    assert "careful thought about your interview" in messages[0].get_payload(decode=True).decode()
    assert (folder / "original" / "ben-carter.eml").is_file()
