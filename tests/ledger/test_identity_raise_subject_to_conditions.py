"""A raise a bidder promises "subject to certain conditions" is not yet made: its terms are a
forecast, never an update of the offer in force. Sentences are our own."""

from identity_helpers import identity

from claimcheck.ledger.identity import FACT, FORECAST


def test_a_raise_promised_subject_to_conditions_is_a_forecast():
    body = (
        "Merrow Partners said it would lift its tender offer for Quenby Steel to 61.50 dlrs "
        "a share from 55 dlrs, subject to certain conditions."
    )
    assert identity(body, "61.50 dlrs a share").modality == FORECAST
    assert identity(body, "55 dlrs").modality == FACT


def test_a_raise_made_without_conditions_is_the_new_offer():
    body = (
        "Merrow Partners said it raised its tender offer for Quenby Steel to 61.50 dlrs "
        "a share from 55 dlrs."
    )
    assert identity(body, "61.50 dlrs a share").modality == FACT
