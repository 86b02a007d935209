"""The indexes and shortcuts of branch speed1 (issues 14 and 16: speed) give the answers of the plain walks they
replace, on sentences written for these tests (made-up people and bodies; real countries and groups)."""
import re

from sitrep.nlp import actor_lexicon as L

SENTENCES = [
    "Yesterday Assad's forces and Turkish soldiers met rebels near the Hezbollah office in Aleppo.",
    "The Ukrainian Red Cross Society said the Kenya National Commission on Human Rights had asked Nigerian police "
    "about the Ethiopian Human Rights Commission report.",
    "Syrian Democratic Forces fighters, the Islamic State's Somalia branch and al-Shabaab militants were named; "
    "the International Committee of the Red Cross (ICRC) and the Communist Party of India (Maoist) too.",
    "Putin's troops, Russian riot police, the Niger State governor and Jordan Valley farmers met the New People's "
    "Army near Benin City; U.S. Marines and UN peacekeepers watched.",
    "Mr. Quentin Halvorsen of the Ruritanian Workers' Party said the Libyan Presidential Council and the Sudan "
    "People's Liberation Army had met the Uganda People's Defence Force.",
]


def _keys_at_plain(units, i, prefixes, table, most):
    """Every length tried, longest first (the walk before the prefix index)."""
    out = []
    for ln in range(min(most, len(units) - i), 0, -1):
        key = tuple(u.key for u in units[i:i + ln])
        if table.get(key):
            out.append((ln, key))
    return out


def test_prefix_indexed_matcher_gives_the_matches_of_trying_every_length(monkeypatch):
    res = L.get_resolver()
    units = [L.to_units(s) for s in SENTENCES]
    fast = [res.match_units(u) for u in units]
    monkeypatch.setattr(L, "_keys_at", _keys_at_plain)
    plain = [res.match_units(u) for u in units]
    assert fast == plain
    assert sum(map(len, fast)) >= 20


def test_prefix_index_holds_every_beginning_of_every_key():
    res = L.get_resolver()
    for key in list(res.aliases)[:500] + list(res.phrases) + list(res.leader_prefix):
        assert all(key[:k] in res._alias_prefixes | res._phrase_prefixes | res._leader_prefixes
                   for k in range(1, len(key) + 1))


def test_matches_until_a_unit_are_the_whole_walks_first_matches():
    res = L.get_resolver()
    for s in SENTENCES:
        units = L.to_units(s)
        whole = res.match_units(units)
        for k in range(len(units) + 1):
            assert res.match_units(units, until=k) == [m for m in whole if m.i < k]


def _civil_body_end_plain(res, units, pre, stop, covered):
    """civil_body_end with the international matches of the whole rest of the text taken out first."""
    if pre.what not in ("country", "capital", "demonym"):
        return None
    taken = set(covered) - {k for m in res.match_units(units[pre.j:stop]) if m.what == "actor"
                            and res.actors[m.actor_id].get("type") == "international"
                            for k in range(pre.j + m.i, pre.j + m.j)} if stop > pre.j else set(covered)
    head_at, last = None, pre.j
    for k in range(pre.j, stop):
        u = units[k]
        if not u.joins_prev or not (u.raw[:1].isupper() or u.raw.lower() in L._NAME_LINKS):
            break
        if u.key in res.state_organ_words:
            return None
        if u.raw[:1].isupper():
            last = k + 1
            if head_at is None and k not in taken and u.key in res.civil_heads:
                head_at = k
    return last if head_at is not None else None


def test_civil_body_end_reads_only_the_name_it_walks():
    res = L.get_resolver()
    found = 0
    for s in SENTENCES:
        units = L.to_units(s)
        matches = res.match_units(units)
        covered = {k for m in matches for k in range(m.i, m.j)}
        for m in matches:
            for stop in (len(units), min(len(units), m.j + 3)):
                got = res.civil_body_end(units, m, stop, covered)
                assert got == _civil_body_end_plain(res, units, m, stop, covered)
                found += got is not None
    assert found >= 3  # the Ukrainian Red Cross Society, the Kenya National Commission..., the Ethiopian ... Commission


def test_gaps_between_words_are_read_as_the_regex_reads_them():
    for gap in (" ", "  ", "-", " - ", " al-", " the ", ", ", ". ", "\n\n", " (", "\t", " a ", " An "):
        assert L._joining_gap(gap) == bool(L._JOIN_GAP.match(gap))


def test_alternations_grouped_by_first_letter_match_as_the_plain_ones():
    from sitrep.geo.word_branches import by_first_letter

    words = ["sheriff", "senator", "sen", "sergeant", "mayor", "minister", "lt", "lieutenant", "imam", "king"]
    words.sort(key=len, reverse=True)
    text = ("Sheriff Harold Quincy met SENATOR Ada Vole, Sen. Ivo Pask and ſenator Olaf Tund; the Mayor of Tarn, "
            "Lt. Marcus Florence and lieutenant Ben Oduya said KING Rolf Ahn (Kelvin sign: \u212aing Ulla Vey) and "
            "\u0130mam Tariq Selby saw minister-designate Ann Roe; mayors, imams, kings.")
    for flags, inline in ((re.I, False), (0, True), (0, False)):
        for wrap in (lambda alt: r"\b" + alt + r"\.?[ \t]+([A-Z]\w+)[ \t]+([A-Z]\w+)", lambda alt: r"\b" + alt + r"s?\b"):
            plain = "(?:" + "|".join(re.escape(w) for w in words) + ")"
            grouped = by_first_letter([re.escape(w) for w in words], ignorecase=bool(flags) or inline)
            if inline:
                plain, grouped = "(?i:" + plain + ")", "(?i:" + grouped + ")"
            a, b = re.compile(wrap(plain), flags), re.compile(wrap(grouped), flags)
            assert a.pattern != b.pattern
            assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
            assert all(bool(a.match(text, k)) == bool(b.match(text, k)) for k in range(len(text)))
    # case matters where the flag is off: "Sen" and "sen" are different groups
    assert re.findall(by_first_letter(["Sen", "sen", "Se"], ignorecase=False), "Sen sen Se") == ["Sen", "sen", "Se"]
    # a branch opening on anything but an ASCII letter, or a quantified letter: the plain alternation
    assert by_first_letter(["x", "\\.y", "z"], ignorecase=True) == "(?:x|\\.y|z)"
    assert by_first_letter(["a*b", "c"], ignorecase=False) == "(?:a*b|c)"
    assert by_first_letter(["élan", "elk"], ignorecase=True) == "(?:élan|elk)"


def test_span_reader_regex_shortcuts_skip_only_places_the_regex_cannot_match():
    from sitrep.geo import span_reader as S

    for s in ("County Clare", "Co Galway", "Co. Mayo", "Cork", "county Down", "Coventry", "CO Kerry", "Xo Clare"):
        if not s.startswith("Co"):
            assert S._UNIT_BEFORE.match(s) is None
    text = ("Escambia, Santa Rosa and Walton counties\u00a0and Bay, Gulf or Leon counties; Orange\u2003and Lake "
            "provinces.Kent,Essex counties")
    for e in range(len(text) + 1):
        after = text[e:e + 1]
        if not (after == "," or after.isspace()):
            assert S._LIST_BEFORE_PLURAL.match(text, e) is None
    assert sum(S._LIST_BEFORE_PLURAL.match(text, e) is not None for e in range(len(text))) >= 3


def test_road_numbers_open_on_a_prefixs_first_letter():
    from sitrep.geo.facility import _road_number_firsts, road_numbers

    pat, _words = road_numbers()
    firsts = _road_number_firsts()
    assert firsts
    for t in ("A44", "M5", "B4214", "N7", "R120", "a44", "A0", "44", "X12", "Ä5", "", "A12345"):
        if pat.match(t):
            assert t[:1] in firsts


def test_whole_word_echo_spans_are_the_regex_spans():
    from sitrep.geo.echo import _whole_word_spans

    text = ("Port Avel police said Port Avel-based firms, the PortAvel cafe and Port Avel_2 met at Port Avel\u2011Nord; "
            "Port Avel's mayor, (Port Avel) and Port Avelé left Port Avel. Aaa aa aaaa, 2Kiru Kiru3 Kiru, -Kiru Kiru")
    for name in ("Port Avel", "Kiru", "aa", "a", "Aaa", "Port", "Avel"):
        pat = r"(?<![\w\-‑])" + re.escape(name) + r"(?![\w\-‑])"
        assert _whole_word_spans(text, name) == [(m.start(), m.end()) for m in re.finditer(pat, text)]
    assert _whole_word_spans(text, "Port Avel")  # found at all


def test_skeleton_is_remembered_and_the_same():
    from sitrep.textnorm import fold_name, skeleton

    for name in ("Saraqeb", "Sarqeb", "al-Nayrab", "Ma'arat al-Numan", "Deir ez-Zor"):
        f = fold_name(name)
        assert skeleton(name) == " ".join(w[:1] + re.sub(r"[aeiou]", "", w[1:]) for w in f.split())
    assert skeleton("Saraqeb") == skeleton("Sarqeb")
