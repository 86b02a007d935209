"""The analyst's page in a real headless Chromium (Debian's chromium + chromedriver, driven by Selenium).

Skipped where Chromium is not installed (`apt-get install chromium chromium-driver`).
"""
import shutil
import socket
import threading
import time

import pytest

from webstore import make_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="headless Chromium not installed (apt-get install chromium chromium-driver)"
)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from sitrep.web.app import create_app

    db = make_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=5)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--window-size=1400,900", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        opts.add_argument(a)
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield drv
    drv.quit()


def _ready(drv, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        if drv.execute_script("return document.body.dataset.ready") in ("1", "error"):
            return drv.execute_script("return document.body.dataset.ready")
        time.sleep(0.1)
    raise AssertionError("page never finished loading")


def test_map_list_detail_and_hostile_text(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    assert _ready(browser) == "1"
    items = browser.find_elements(By.CSS_SELECTOR, "#events li")
    assert len(items) == 2
    # one event has coordinates -> one marker on the map, at Kramatorsk
    markers = browser.find_elements(By.CSS_SELECTOR, "path.leaflet-interactive")
    assert len(markers) >= 1
    items[0].click()
    end = time.time() + 10
    while time.time() < end and not browser.find_elements(By.CSS_SELECTOR, "#detail mark"):
        time.sleep(0.1)
    mark = browser.find_element(By.CSS_SELECTOR, "#detail mark")
    assert mark.text == "Shelling hit the town."
    # the hostile article text is shown as text: nothing ran, no element was created from it
    text = browser.find_element(By.CSS_SELECTOR, "#detail .article-text").text
    assert "<script>" in text and "onerror" in text
    assert browser.execute_script("return window.__pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#detail img, #detail script, #detail a[href^='javascript']")


def test_timeline_brush_filters_the_list(server, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    assert _ready(browser) == "1"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events li")) == 2
    svg = browser.find_element(By.ID, "timeline")
    w = svg.size["width"]
    # drag over the right end of the timeline (the later of the two days)
    ActionChains(browser).move_to_element_with_offset(svg, int(w * 0.30), 0).click_and_hold() \
        .move_to_element_with_offset(svg, int(w * 0.49), 0).release().perform()
    time.sleep(0.3)
    n = len(browser.find_elements(By.CSS_SELECTOR, "#events li"))
    assert n == 1, browser.find_element(By.ID, "count").text
    browser.find_element(By.ID, "clear-brush").click()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events li")) == 2
