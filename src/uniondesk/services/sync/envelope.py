"""Optional encryption of a bundle for e-mail: members' personal data must not travel in clear.

A sealed bundle is ``MAGIC``, a 4-byte header length, a JSON header, and the whole bundle encrypted with
ChaCha20-Poly1305 (the header is authenticated too). The 256-bit key comes either from

- **the recipient's public key**: the recipient's Ed25519 signing key is converted to its X25519 twin (the
  birational map Curve25519 ↔ Edwards25519 that libsodium's ``crypto_sign_ed25519_pk_to_curve25519``
  uses; the private side is the clamped first half of SHA-512 of the Ed25519 seed), so one key pair per
  office both signs and receives. A fresh ephemeral X25519 key per bundle, ECDH, then HKDF-SHA256; or
- **a passphrase**: Scrypt (n = 2^15, r = 8, p = 1; 16-byte random salt), told to the recipient by phone.

Only the holder of the private key or the passphrase can open it; any change to it fails the tag.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from uniondesk.domain.errors import EnvironmentFault

MAGIC = b"UDSEAL1\x00"
_P = 2**255 - 19
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_INFO = b"uniondesk-bundle-v1"


class SealError(EnvironmentFault):
    """A sealed bundle cannot be opened: wrong key or passphrase, or damaged."""


def is_sealed(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def x25519_public(ed25519_public: bytes) -> bytes:
    """The Montgomery u-coordinate of an Edwards25519 point: u = (1 + y) / (1 − y) mod p."""
    y = int.from_bytes(ed25519_public, "little") & ((1 << 255) - 1)
    u = (1 + y) * pow(1 - y, _P - 2, _P) % _P
    return u.to_bytes(32, "little")


def x25519_private(ed25519_seed: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(hashlib.sha512(ed25519_seed).digest()[:32])


def _hkdf(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, _INFO + ephemeral + recipient).derive(shared)


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _pack(header: dict, key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    header = {**header, "nonce": base64.b64encode(nonce).decode()}
    head = json.dumps(header, sort_keys=True).encode()
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    return prefix + ChaCha20Poly1305(key).encrypt(nonce, data, prefix)


def seal_for_key(data: bytes, recipient_ed25519: bytes, recipient_fingerprint: str) -> bytes:
    recipient = x25519_public(recipient_ed25519)
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes_raw()
    key = _hkdf(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_public, recipient)
    header = {"mode": "key", "ephemeral": base64.b64encode(eph_public).decode(), "recipient": recipient_fingerprint}
    return _pack(header, key, data)


def seal_with_passphrase(data: bytes, passphrase: str) -> bytes:
    if len(passphrase) < 8:
        raise EnvironmentFault("Mật khẩu mã hóa phải có ít nhất 8 ký tự.")
    salt = os.urandom(16)
    header = {"mode": "passphrase", "kdf": "scrypt", "salt": base64.b64encode(salt).decode(), **SCRYPT}
    return _pack(header, _scrypt(passphrase, salt, **SCRYPT), data)


def header_of(data: bytes) -> tuple[dict, bytes]:
    """(header, authenticated prefix) of a sealed bundle."""
    try:
        (length,) = struct.unpack(">I", data[len(MAGIC): len(MAGIC) + 4])
        if length > 4096:
            raise ValueError("header too long")
        prefix = data[: len(MAGIC) + 4 + length]
        header = json.loads(prefix[len(MAGIC) + 4:])
        if not isinstance(header, dict) or header.get("mode") not in ("key", "passphrase"):
            raise ValueError("unknown mode")
        return header, prefix
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise SealError("Gói mã hóa bị hỏng (phần đầu không đọc được).") from exc


def _key_for(header: dict, passphrase: str | None, own_seed: bytes | None, own_fingerprint: str) -> bytes:
    if header["mode"] == "passphrase":
        if not passphrase:
            raise SealError("Gói này được mã hóa bằng mật khẩu; hãy nhập mật khẩu mà văn phòng gửi đã báo.")
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        if not (2**10 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise SealError("Gói mã hóa có tham số không hợp lệ.")
        return _scrypt(passphrase, base64.b64decode(header["salt"]), n, r, p)
    if header.get("recipient") != own_fingerprint or own_seed is None:
        raise SealError(f"Gói này được mã hóa cho văn phòng khác (khóa {header.get('recipient')}); "
                        "văn phòng này không mở được.")
    private = x25519_private(own_seed)
    ephemeral = base64.b64decode(header["ephemeral"])
    recipient = private.public_key().public_bytes_raw()
    return _hkdf(private.exchange(X25519PublicKey.from_public_bytes(ephemeral)), ephemeral, recipient)


def open_sealed(data: bytes, *, passphrase: str | None, own_seed: bytes | None, own_fingerprint: str) -> bytes:
    header, prefix = header_of(data)
    try:
        key = _key_for(header, passphrase, own_seed, own_fingerprint)
        nonce = base64.b64decode(header["nonce"])
        return ChaCha20Poly1305(key).decrypt(nonce, data[len(prefix):], prefix)
    except InvalidTag:
        what = "mật khẩu không đúng" if header["mode"] == "passphrase" else "khóa không khớp"
        raise SealError(f"Không mở được gói mã hóa: {what}, hoặc tệp đã bị thay đổi.") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise SealError("Gói mã hóa bị hỏng (phần đầu không hợp lệ).") from exc
