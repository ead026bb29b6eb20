import numpy as np
import scipy.sparse as sp

from matcher.matching.sparse_rows import gather, row_counts, rows_dot


def _matrix() -> sp.csr_matrix:
    return sp.random(400, 30, density=0.15, format="csr", random_state=1, dtype=np.float32)


def test_row_products_equal_scipy_for_repeated_and_unsorted_rows():
    matrix = _matrix()
    rows = np.random.default_rng(0).integers(0, 400, 250)
    vector = np.random.default_rng(1).random(30)
    assert np.allclose(rows_dot(matrix, rows, vector), matrix[rows] @ vector)
    assert (row_counts(matrix, rows) == np.diff(matrix[rows].indptr)).all()


def test_gathered_entries_are_those_of_the_sub_matrix_in_row_order():
    matrix = _matrix()
    rows = np.array([5, 3, 5, 399, 0])
    owner, columns, values = gather(matrix, rows)
    sub = matrix[rows].tocoo()
    assert owner.tolist() == sub.row.tolist()
    assert columns.tolist() == sub.col.tolist()
    assert np.allclose(values, sub.data)


def test_no_rows_gives_empty_products():
    assert rows_dot(_matrix(), np.zeros(0, dtype=np.int64), np.ones(30)).shape == (0,)
