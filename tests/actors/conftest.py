"""Shared fixtures: one knowledge base and resolver for the whole test session."""

from __future__ import annotations

import pytest

from dyadscope.actors import KnowledgeBase, Resolver


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def resolver(kb: KnowledgeBase) -> Resolver:
    return Resolver(kb)
