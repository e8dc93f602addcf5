"""SQLAlchemy (psycopg 3 dialect) through pgstitch: Core engine and an ORM round trip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, ForeignKey, String, create_engine, func, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from tests.helpers.net import Endpoint


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "sa_author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    books: Mapped[list[Book]] = relationship(back_populates="author", order_by="Book.id")


class Book(Base):
    __tablename__ = "sa_book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("sa_author.id"))
    author: Mapped[Author] = relationship(back_populates="books")


@pytest.fixture
def engine(endpoint: Endpoint, test_database: str) -> Iterator[Engine]:
    engine = create_engine(endpoint.url(test_database, scheme="postgresql+psycopg"))
    yield engine
    engine.dispose()


def test_core_engine(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.execute(text("SELECT :a + :b"), {"a": 2, "b": 3}).scalar_one() == 5
        assert conn.execute(select(func.upper("stitch"))).scalar_one() == "STITCH"


def test_orm_round_trip(engine: Engine) -> None:
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        author = Author(name="Ada", books=[Book(title="Notes"), Book(title="Sketches")])
        session.add(author)
        session.commit()
        author_id = author.id
    with Session(engine) as session:
        loaded = session.get(Author, author_id)
        assert loaded is not None
        assert [book.title for book in loaded.books] == ["Notes", "Sketches"]
        loaded.books[0].title = "Notes, revised"
        session.commit()
    with Session(engine) as session:
        titles = session.scalars(select(Book.title).order_by(Book.id)).all()
        assert titles == ["Notes, revised", "Sketches"]
    Base.metadata.drop_all(engine)
