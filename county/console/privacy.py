"""What each role may see of an applicant. Viewers get masked names, ID numbers and phone
numbers everywhere (pages and exports); handlers and admins, who answer the request, see them whole."""

from __future__ import annotations

from kiosk.masking import mask_name


def mask_id_number(text: str) -> str:
    """At most the first 6 and last 4 characters of an ID number (DOMAIN.md §4.2)."""
    text = str(text or "").strip()
    if len(text) <= 4:
        return "*" * len(text)
    if len(text) <= 10:
        return "*" * (len(text) - 4) + text[-4:]
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def mask_phone(text: str) -> str:
    """13812345678 -> 138****5678; a short number keeps only its last 2 digits."""
    text = str(text or "").strip()
    if len(text) >= 11:
        return text[:3] + "*" * (len(text) - 7) + text[-4:]
    return "*" * max(len(text) - 2, 0) + text[-2:]


def applicant(data: dict, full: bool) -> dict:
    """name, id_number, phone, address of a request for a reader allowed `full` details or not."""
    name = str(data.get("name") or "")
    if full:
        return {"name": name, "id_number": str(data.get("id_number") or ""), "phone": str(data.get("phone") or ""),
                "address": str(data.get("address") or "")}
    # Fail closed: only an organisation's name is public; any other or unknown type is a person's.
    organisation = data.get("applicant_type") == "organization"
    return {"name": name if organisation else (mask_name(name) if name else ""),
            "id_number": mask_id_number(data.get("id_number") or ""), "phone": mask_phone(data.get("phone") or ""),
            "address": "（已隐藏）" if data.get("address") else ""}
