"""Request receipts (回执): the document, its layout, fonts, QR payload and print text rules."""
