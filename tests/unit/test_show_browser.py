"""The page in a real headless Chromium, where the machine has one (skipped elsewhere).

A probe script, allowed by adding its hash to the page's Content Security Policy, hovers a mention
and writes what happened onto ``<body>``; ``--dump-dom`` prints the DOM afterwards. This checks what
a parser cannot: the page's own script runs under its policy, lights up every mention of the
entity and describes it, and hostile text does not run (escaping and the policy together: the parser
tests in ``test_render_page`` check the escaping alone).
"""

import base64
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from service.render.page import render_page
from service.render.show import collect_views

from .test_render_page import HOSTILE, event

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (the suite does not need one)"),
]

PROBE = """
const mention = document.querySelector('.body [data-e="E1"]');
mention.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
document.body.dataset.lit = [...document.querySelectorAll(".lit")].map((n) => n.dataset.e).join(",");
document.body.dataset.inspect = document.querySelector(".inspect").textContent;
"""


def dump_dom(page: str, tmp_path: Path) -> str:
    """The DOM after load, with :data:`PROBE` run after the page's own script."""
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    page = page.replace("script-src '", f"script-src 'sha256-{digest}' '", 1)
    page = page.replace("</body>", f"<script>{PROBE}</script></body>", 1)
    file = tmp_path / "page.html"
    file.write_text(page, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        args = [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
        args += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
        args += [f"--user-data-dir={profile}", "--dump-dom", file.as_uri()]
        process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True
        )
        try:
            out, _ = process.communicate(timeout=90)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    return out


def body_attribute(dom: str, name: str) -> str:
    found = re.search(rf'<body[^>]*\bdata-{name}="([^"]*)"', dom)
    assert found, f"the probe did not run: no data-{name} on <body>"
    return found.group(1)


def test_hovering_a_mention_lights_up_its_entity_and_describes_it(tmp_path: Path) -> None:
    body = "Talks in Oslo ended. Norway said Oslo would host again; Oslo police agreed."
    ev = event(
        "Oslo talks",
        body,
        entities=[
            ("Oslo", "GPE", [("title", "Oslo", 0), ("body", "Oslo", 0), ("body", "Oslo", 1)]),
            ("Norway", "GPE", [("body", "Norway", 0)]),
            ("Oslo police", "ORG", [("body", "Oslo police", 0)]),
        ],
    )
    views, _ = collect_views([("x", ev)])
    dom = dump_dom("".join(render_page(views)), tmp_path)
    # three mentions and the entity's row in the side panel
    assert body_attribute(dom, "lit") == "E1,E1,E1,E1"
    assert body_attribute(dom, "inspect").startswith("Oslo · E1 · GPE · 3 mentions")


def test_hostile_text_does_not_run_in_a_browser(tmp_path: Path) -> None:
    attack = "document.body.dataset.pwned = 1"
    payloads = [p.replace("alert(1)", attack) for p in HOSTILE]
    ev = event(" ".join(payloads), "Text with E1 in it. " + " ".join(payloads))
    ev["entities"] = [
        {"id": "E1", "name": payloads[1], "type": "GPE", "count": 1, "salience": 1.0, "mentions": []}
    ]
    ev["entities"][0]["mentions"] = [{"text": "E1", "field": "body", "start": 10, "end": 12}]
    views, _ = collect_views([("x", ev)])
    dom = dump_dom("".join(render_page(views)), tmp_path)
    assert body_attribute(dom, "lit") == "E1,E1"
    assert "data-pwned" not in dom
