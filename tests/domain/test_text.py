from eventplanner.domain.text import swedish_sort_key


def test_swedish_alphabetical_order() -> None:
    names = ["Östra mässan", "Åre", "Zenit", "ärlighet", "Alfa", "Émile", "Eskilstuna", "Öbo"]
    assert sorted(names, key=swedish_sort_key) == [
        "Alfa", "Émile", "Eskilstuna", "Zenit", "Åre", "ärlighet", "Öbo", "Östra mässan",
    ]  # fmt: skip
