import pytest


@pytest.fixture(scope="session")
def extractor():
    """Claim records rules-only, shared by the claim tests."""
    from pipeline.extract import Extractor

    return Extractor("blank")
