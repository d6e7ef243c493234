"""Between spaCy and the schema: Articles become Docs, processed Docs become Documents."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.models import Article, Document
from tidings.nlp.sentences import sentence_spans


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc carrying the article's id and publication date for the components."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.doc_id = article.id
    return doc


def to_document(doc: Doc, article: Article) -> Document:
    return Document(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published=article.published,
        language="en",
        text=doc.text,
        sentences=sentence_spans(doc),
        actors=doc._.actors or [],
        events=doc._.events or [],
        quotes=doc._.quotes or [],
        quantities=doc._.quantities or [],
        places=doc._.places or [],
    )
