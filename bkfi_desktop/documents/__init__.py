"""Documents: report and plan PDFs, attachments, signing. No Qt here."""

from bkfi_desktop.documents.signing.lazy_http import install as _defer_http_clients

# Before any pyHanko signing module is imported: its HTTP clients (aiohttp) load only when a server is contacted.
_defer_http_clients()
