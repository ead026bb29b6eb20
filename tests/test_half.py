"""Half-precision rows widened for exact re-scoring: the same numbers numpy gives."""

import numpy as np

from matcher.matching.half import PIECE, to_float32


def test_widening_half_precision_gives_exactly_numpys_numbers():
    rng = np.random.default_rng(0)
    values = rng.normal(size=(3 * PIECE // 384 + 7, 384)).astype(np.float16)  # several pieces
    values[0, :6] = [np.inf, -np.inf, np.nan, 6e-8, -0.0, 65504]  # specials and a subnormal
    widened = to_float32(values)
    assert widened.dtype == np.float32 and widened.shape == values.shape
    np.testing.assert_array_equal(widened, values.astype(np.float32))


def test_rows_picked_from_a_mapped_matrix_and_other_types_pass_through(tmp_path):
    matrix = np.random.default_rng(1).random((50, 8)).astype(np.float16)
    np.save(tmp_path / "m.npy", matrix)
    mapped = np.load(tmp_path / "m.npy", mmap_mode="r")
    rows = np.array([3, 3, 49, 0])
    np.testing.assert_array_equal(to_float32(mapped[rows]), matrix[rows].astype(np.float32))
    single = np.arange(6, dtype=np.float64).reshape(2, 3)
    assert to_float32(single).dtype == np.float32
