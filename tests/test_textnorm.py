from sitrep.textnorm import fold_name, skeleton


def test_transliteration_variants_share_a_key():
    assert fold_name("Saraqeb") == fold_name("Saraqib") == fold_name("SARAQEB")
    assert fold_name("al-Nayrab") == fold_name("Nairab")
    assert fold_name("Dar'a") == fold_name("Daraa")
    assert fold_name("Hay'at Tahrir al-Sham") == fold_name("Hayat Tahrir al Sham") == fold_name("Hay‘at Tahrir Al-Sham")
    assert skeleton("Sarqeb") == skeleton("Saraqeb")
    assert skeleton("Deraa") == skeleton("Daraa")


def test_different_names_stay_different():
    assert fold_name("Aleppo") != fold_name("Idlib")
    assert skeleton("Ankara") != skeleton("Antakya")
