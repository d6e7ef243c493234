"""The body behind a text it adopts.

"the European Parliament passed a resolution [calling] for her release", "the Board adopted a
text [condemning] Tehran", "a declaration [backing] the plan was approved by the Assembly": what
a text a body adopts, passes or approves says (its participle or relative clause) is that body's
act, so the body is its doer (event_topics keeps such acts as events; vocabulary.csv
document_nouns, adopting_verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import governor, has_word

__all__ = ["adopting_verb"]


def adopting_verb(text: Token, index: EventIndex) -> Token | None:
    """The verb by which a body makes a text (a document noun) its own, or None."""
    vocab = index.tables.vocab
    if not has_word(text, vocab("document_nouns")):
        return None
    verb = governor(text)
    return verb if verb is not None and has_word(verb, vocab("adopting_verbs")) else None
