"""The indexes and shortcuts of branch speed1 (issues 14 and 16: speed) give the answers of the plain walks they
replace, on sentences written for these tests (made-up people and bodies; real countries and groups)."""

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
