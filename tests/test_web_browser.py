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


def _serve(db):
    import uvicorn

    from sitrep.web.app import create_app

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
def server(tmp_path_factory):
    yield from _serve(make_store(str(tmp_path_factory.mktemp("web") / "web.db")))


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
    end = time.time() + 10  # Leaflet draws its vector layer on the next frame: wait for it on a loaded machine
    while time.time() < end and not browser.find_elements(By.CSS_SELECTOR, "path.leaflet-interactive"):
        time.sleep(0.1)
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


# ------------------------------------------------------------------ a story with a cluster, an outlier and figures
# Text written for these tests; coordinates are public knowledge (GeoNames).
STORY_TEXT = ("Army units shelled Saraqib on Monday. Rebels said the shelling of Saraqib went on all night. "
              "Fighting was reported near Binnish. A convoy was hit in Ankara. Officials said 12 civilians were killed.")


def _story_store(path):
    import datetime as dt

    from sitrep.model import (ActorRef, Analysis, Article, Event, EventMention, Figure, Place, Span, Story,
                              TimeExpr)
    from sitrep.store import open_store

    st = open_store(path)
    a = Article(id="art9", text=STORY_TEXT, raw_text=STORY_TEXT, title="Night of shelling", outlet="Test Courier",
                published=dt.date(2020, 2, 4), published_how="header", published_precision="day")

    def sp(phrase, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = STORY_TEXT.index(phrase, i + 1)
        return Span("art9", i, i + len(phrase), phrase)

    def sent(phrase):
        i = STORY_TEXT.index(phrase)
        s = STORY_TEXT.rfind(". ", 0, i)
        s = 0 if s < 0 else s + 2
        e = STORY_TEXT.index(".", i) + 1
        return Span("art9", s, e, STORY_TEXT[s:e])

    day = dt.date(2020, 2, 3)
    syr, reb = ActorRef("SYR_MIL", "Military Forces of Syria"), ActorRef("SYR_OPP", "Opposition Rebels (Syria)")

    def place(name, lat, lon, prec="town", conf=0.95, phrase=None):
        return Place(sp(phrase or name), name, lat, lon, country="SY" if lat < 37 else "TR", admin1="Idlib",
                     precision=prec, confidence=conf)

    def mention(mid, phrase, pl):
        return EventMention(id=mid, article_id="art9", sentence=sent(phrase), event_type="Explosions/Remote violence",
                            sub_event_type="Shelling/artillery/missile attack", actor1=syr, actor2=reb, place=pl,
                            place_source="clause", time=TimeExpr(sp("Monday"), "2020-02-03"), date_start=day,
                            date_end=day, date_precision="day", confidence=0.8)

    sar = place("Saraqib", 35.8645, 36.8059)
    m1, m2 = mention("m1", "Army units shelled", sar), mention("m2", "Rebels said", sar)
    m3 = mention("m3", "Fighting was reported", place("Binnish", 35.9566, 36.7138))
    m4 = mention("m4", "A convoy was hit", place("Ankara", 39.9199, 32.8543, phrase="Ankara"))
    m5 = mention("m5", "Officials said", place("Idlib", 35.9306, 36.6339, conf=0.3, phrase="Officials"))

    def event(eid, ms, summary, modality="asserted"):
        return Event(id=eid, event_type=ms[0].event_type, sub_event_type=ms[0].sub_event_type, date_start=day,
                     date_end=day, date_precision="day", place=ms[0].place, actor1=syr, actor2=reb, mentions=ms,
                     n_sources=1, n_independent_sources=1, summary=summary, modality=modality)

    evs = [event("e-sar", [m1, m2], "Military Forces of Syria shelled rebels in Saraqib"),
           event("e-bin", [m3], "Fighting near Binnish"), event("e-ank", [m4], "A convoy hit in Ankara"),
           event("e-plan", [m3], "A planned offensive", modality="planned"),
           event("e-weak", [m5], "Deaths reported by officials")]
    figs = [Figure(id="f9", span=sp("12"), what="killed", who="civilians", low=12, high=12,
                   as_of=dt.date(2020, 2, 4), claimant="OFFICIALS", claimant_name="officials")]
    with st.transaction():
        st.add_article(a)
        st.save_analysis(Analysis(article_id="art9", figures=figs, events=[m1, m2, m3, m4, m5]))
    st.replace_stories([Story(id="s9", title="Saraqib, Idlib, Syria, 3 Feb 2020: shelling", article_ids=["art9"],
                              events=evs, figures=figs, summary="On 3 Feb 2020, army units shelled Saraqib.")])
    st.close()
    return path


@pytest.fixture(scope="module")
def story_server(tmp_path_factory):
    yield from _serve(_story_store(str(tmp_path_factory.mktemp("web9") / "web9.db")))


def _shots_dir(tmp_path_factory):
    import os
    from pathlib import Path

    d = os.environ.get("SITREP_SCREENSHOTS")
    if d:
        Path(d).mkdir(parents=True, exist_ok=True)
        return Path(d)
    return tmp_path_factory.mktemp("shots")


def _wait(drv, js, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        v = drv.execute_script(js)
        if v:
            return v
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {js}")


def _select(drv, server, words, n_marks=1):
    """Open the page and select the event whose list line holds ``words``; wait for its marked sources."""
    from selenium.webdriver.common.by import By

    drv.get(server + "/")
    assert _ready(drv) == "1"
    z0 = drv.execute_script("return window.__sitrep.map.getZoom()")
    next(li for li in drv.find_elements(By.CSS_SELECTOR, "#events li") if words in li.text).click()
    _wait(drv, f"return document.querySelectorAll('#detail mark').length >= {n_marks}")
    return z0


def test_first_view_fits_the_confident_events_not_the_outlier(story_server, browser):
    from selenium.webdriver.common.by import By

    browser.set_window_size(1400, 900)
    browser.get(story_server + "/")
    assert _ready(browser) == "1"
    inside = browser.execute_script(
        "const m = window.__sitrep.map, b = m.getBounds();"
        "return [b.contains([35.8645, 36.8059]), b.contains([35.9566, 36.7138]), b.contains([39.9199, 32.8543]), m.getZoom()]")
    assert inside[0] and inside[1], "the Saraqib and Binnish events are in the first view"
    assert not inside[2], "the far outlier (Ankara) does not stretch the first view"
    assert inside[3] >= 9
    # the weak match (Idlib, confidence 0.3) is not drawn; the outlier is drawn, only not fitted
    assert sorted(browser.execute_script("return window.__sitrep.drawn")) == ["e-ank", "e-bin", "e-sar"]
    weak = next(li.text for li in browser.find_elements(By.CSS_SELECTOR, "#events li") if "officials" in li.text)
    assert "place unknown" in weak and "Idlib" not in weak


def test_selecting_an_event_zooms_to_it(story_server, browser):
    z0 = _select(browser, story_server, "Binnish")
    time.sleep(0.5)
    z1, c = browser.execute_script("const m = window.__sitrep.map; return [m.getZoom(), m.getCenter()]")
    assert z1 > z0 and abs(c["lat"] - 35.9566) < 0.05 and abs(c["lng"] - 36.7138) < 0.05


def test_an_article_with_several_mentions_is_shown_once_with_each_mention_marked(story_server, browser):
    from selenium.webdriver.common.by import By

    _select(browser, story_server, "Saraqib", n_marks=2)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#detail .source")) == 1
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#detail mark")]
    assert marks == ["Army units shelled Saraqib on Monday.", "Rebels said the shelling of Saraqib went on all night."]
    assert browser.find_element(By.CSS_SELECTOR, "#detail .article-text").text.count("Fighting was reported") == 1


def test_place_labels_key_figures_and_counts(story_server, browser):
    from selenium.webdriver.common.by import By

    browser.get(story_server + "/")
    assert _ready(browser) == "1"
    names = _wait(browser, "const n = [...document.querySelectorAll('.place-label')].map((x) => x.textContent);"
                           "return n.length ? n : null")
    assert "Idlib" in names or "Saraqib" in names or "Ariha" in names, names
    figs = _wait(browser, "return document.querySelector('#figures .fig') && document.querySelector('#figures').innerText")
    assert "Civilians killed: 12" in figs and "_" not in figs
    # the story menu counts what the list shows by default (asserted events), and names the rest
    n_items = len(browser.find_elements(By.CSS_SELECTOR, "#events li"))
    option = browser.find_element(By.CSS_SELECTOR, "#story option").text
    assert f"({n_items} events + 1 threats, plans, claims" in option
    assert browser.find_element(By.ID, "events-heading").text == f"Events ({n_items})"
    assert browser.find_element(By.ID, "lead").text == "On 3 Feb 2020, army units shelled Saraqib."


def test_layout_at_1400_and_800_pixels(story_server, browser, tmp_path_factory):
    from selenium.webdriver.common.by import By

    shots = _shots_dir(tmp_path_factory)
    for width in (1400, 800):
        browser.set_window_size(width, 900)
        browser.get(story_server + "/")
        assert _ready(browser) == "1"
        _wait(browser, "return document.querySelector('.place-label') !== null")
        time.sleep(0.5)
        browser.save_screenshot(str(shots / f"web-{width}.png"))
        # nothing in the toolbar spills out of it, and the page never scrolls sideways
        over = browser.execute_script(
            "const h = document.querySelector('header').getBoundingClientRect();"
            "return [...document.querySelectorAll('header > *')].filter((x) => x.getBoundingClientRect().right > h.right + 1).length")
        assert over == 0
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        map_w = browser.find_element(By.ID, "map").size["width"]
        if width == 800:  # one column: the map spans the page, the list comes below it
            assert map_w > 700
            assert browser.find_element(By.ID, "middle").location["y"] > browser.find_element(By.ID, "map").location["y"]
        else:
            assert map_w < 700
    browser.set_window_size(1400, 900)


def test_api_docs_render_offline_from_vendored_assets(story_server, browser):
    from selenium.webdriver.common.by import By

    browser.get(story_server + "/api/docs")
    src = browser.page_source
    assert "cdn.jsdelivr" not in src and "fastapi.tiangolo.com" not in src
    _wait(browser, "return document.querySelector('.swagger-ui .info .title') !== null", timeout=20)
    assert "sitrep" in browser.find_element(By.CSS_SELECTOR, ".swagger-ui .info .title").text


def test_a_weak_place_is_shown_as_unknown(story_server, browser):
    from selenium.webdriver.common.by import By

    _select(browser, story_server, "officials")
    where = next(p.text for p in browser.find_elements(By.CSS_SELECTOR, "#detail .meta") if p.text.startswith("Where"))
    assert where.startswith("Where: unknown (weak reading: Idlib") and "confidence 0.3" in where
    who = next(p.text for p in browser.find_elements(By.CSS_SELECTOR, "#detail .meta") if p.text.startswith("Who"))
    assert who == "Who: Military Forces of Syria → Opposition Rebels (Syria)"
