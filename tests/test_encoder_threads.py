"""A request's few texts are encoded on one torch thread; an index build's on torch's own."""

from __future__ import annotations

import uuid

import torch


def _threads_seen(encoder, monkeypatch) -> list[int]:
    seen: list[int] = []
    model_encode = encoder._model.encode

    def recording(texts, **kwargs):
        seen.append(torch.get_num_threads())
        return model_encode(texts, **kwargs)

    monkeypatch.setattr(encoder._model, "encode", recording)
    return seen


def test_a_requests_texts_are_encoded_on_the_query_threads(encoder, monkeypatch):
    seen = _threads_seen(encoder, monkeypatch)
    torch.set_num_threads(2)
    run = uuid.uuid4().hex  # texts never encoded before, so the model runs
    vectors = encoder.encode([f"weeknight recipes {run}", f"home cooks on a budget {run}"])
    assert seen == [encoder.query_threads] == [1]
    assert vectors.shape == (2, encoder.dim)
    assert torch.get_num_threads() == 2, "the process's own setting is restored"


def test_a_bulk_encode_keeps_torchs_threads(encoder, monkeypatch):
    seen = _threads_seen(encoder, monkeypatch)
    torch.set_num_threads(2)
    run = uuid.uuid4().hex  # texts never encoded before, so the model runs
    encoder.encode([f"creator bio number {i} of run {run}" for i in range(encoder.batch_size + 1)])
    assert seen and set(seen) == {2}
    assert torch.get_num_threads() == 2
