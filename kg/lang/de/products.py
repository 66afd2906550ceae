"""Words around a maker's name that make it, with a model name, a product
("den Ford Fusion", "die Boeing 737"), or a company's own name ("Siemens
Energy"): read by :mod:`kg.nlp.components.things` and :mod:`kg.extract.resolve`.

Example
-------
>>> is_article_before_product("den"), is_article_before_product("neuen", "den")
(True, True)
>>> is_org_word("Energy"), is_org_word("Fusion")
(True, False)
"""

from __future__ import annotations

from kg.lang.de.orgs import is_descriptor, is_org_noun, org_head

__all__ = ["PRODUCT_ARTICLES", "is_article_before_product", "is_org_word"]


#: words before a maker's name that make it, with a model name, a product: a
#: company's bare name takes no article ("Ford ruft zurück"), its product does
#: ("den Ford Fusion", "die Boeing 737", "einen neuen VW Golf")
PRODUCT_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines "
    "jeder jede jedes jeden diesen dieser dieses diese".split()
)

#: last words of a company's own name after its maker's ("Siemens Energy",
#: "Ford Motor", "Daimler Truck"): no model
_COMPANY_WORDS = frozenset(
    "group gruppe holding holdings motor motors energy bank capital services "
    "international company corporation corp inc ltd media pharma solutions "
    "technologies systems trucks truck aviation airlines airways financial "
    "deutschland austria österreich schweiz europe europa global".split()
)


def is_article_before_product(word: str, before: str | None = None) -> bool:
    """``word`` before a maker's name makes it, with a model name, a product:
    an article (:data:`PRODUCT_ARTICLES`) or an inflected adjective after one
    (``before``: "den neuen VW Golf")."""
    if word.lower() in PRODUCT_ARTICLES:
        return True
    return (
        before is not None
        and before.lower() in PRODUCT_ARTICLES
        and word.islower()
        and word.isalpha()
        and len(word) > 3
        and word.endswith(("en", "er", "es", "em", "e"))
    )


def is_org_word(word: str) -> bool:
    """``word`` after a maker's name makes it a company's own name ("Siemens
    Energy") or a part of it ("VW Konzern", "Ford Händler"), no model."""
    low = word.lower()
    return (
        low in _COMPANY_WORDS
        or is_org_noun(word)
        or is_descriptor(word)
        or org_head(word) is not None
    )
