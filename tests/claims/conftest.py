import pytest


@pytest.fixture(scope="session")
def extractor():
    """Claim records rules-only, shared by the claim tests."""
    from pipeline.extract import Extractor

    return Extractor("blank")


@pytest.fixture(scope="session")
def model_extractor():
    """Claim records with the shipped model (its parser, POS and lemmas), shared by the claim tests."""
    from pipeline.extract import Extractor

    return Extractor()
