"""A page that fails after the dashboard's own page set-up: the browser test runs it with
--client.showErrorDetails=full and checks that no reader sees the traceback all the same."""

from dashboard import ui
from dashboard.i18n import N_

ui.setup_page(N_("Map"))
raise RuntimeError("a detail only the server's log may see")
