#!/usr/bin/env python3
"""The page of `rusctl serve` in a real browser, as a prosecutor uses it.

Debian's chromium and chromium-driver, driven by Selenium (PyPI): a youth case typed with the
keyboard into the form, a mistake corrected after the error is shown beside its field, a 2026
case with and without the statute's in-force date; the answer printed to PDF (A4, at most two pages, also with a caveat) and read with
poppler's pdftotext for the stamp and the «begrunnelse»; screenshots of the answer and of an
error checked for their pixels. Usage: browser_test.py BASE_URL OUTDIR [--through-proxy]
"""
import base64
import os
import subprocess
import sys

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "browser"))
from check_png import decode  # noqa: E402  (the PNG decoder of the report check)

base, out = sys.argv[1], sys.argv[2]
proxy = "--through-proxy" in sys.argv[3:]
tag = "proxy" if proxy else "direct"


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    options.accept_insecure_certs = True
    for binary in ["/usr/bin/chromium", "/usr/bin/chromium-browser"]:
        if os.path.exists(binary):
            options.binary_location = binary
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def fill(driver, values, selects, acts, substances):
    for name, value in values.items():
        field = driver.find_element(By.ID, "in-" + name)
        field.clear()
        field.send_keys(value)
    for name, value in selects.items():
        Select(driver.find_element(By.ID, "in-" + name)).select_by_value(value)
    for act in acts:
        box = driver.find_element(By.ID, "act-" + act)
        if not box.is_selected():
            box.click()
    for row, (substance, amount) in enumerate(substances):
        Select(driver.find_element(By.ID, f"in-substance.{row}")).select_by_value(substance)
        field = driver.find_element(By.ID, f"in-amount.{row}")
        field.clear()
        field.send_keys(amount)


def submit(driver):
    """Sends the form and waits until the answer's page has replaced it."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]:not(.secondary)").click()
    WebDriverWait(driver, 15).until(lambda d: replaced(old))
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def replaced(element):
    """Whether the page holding `element` is gone. ChromeDriver reports a node of a replaced
    document either as stale or, since version 13x, as an inspector error ("does not belong to
    the document"): both mean the answer's page has come."""
    try:
        return expected_conditions.staleness_of(element)(None)
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def printed(driver, path):
    """The page printed as the browser prints it (A4, the stylesheet's page size): one or two
    pages, as the prosecutor's guide promises; its page count and its text."""
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    with open(path, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert "(A4)" in info and 1 <= pages <= 2, f"{path}: {info}"
    return pages, subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def pixels(path, colour, minimum):
    width, height, channels, rows = decode(path)
    count = sum(1 for line in rows for x in range(0, width * channels, channels)
                if all(abs(a - b) <= 3 for a, b in zip(line[x:x + 3], colour)))
    assert count >= minimum, f"{path}: {count} pixels of {colour}, expected at least {minimum}"


driver = browser()
try:
    driver.get(base + "/")
    assert "Reaksjoner i mindre narkotikasaker" in driver.title, driver.title
    # Every field has a label tied to it.
    for field in driver.find_elements(By.CSS_SELECTOR, "input[type=text], select"):
        labels = driver.find_elements(By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']")
        assert labels, f"no label for {field.get_attribute('id')}"

    # A youth case, with a mistake in the age.
    fill(driver, {"id": "sak-2026-17", "offenceDate": "14.03.2024", "decisionDate": "02.05.2024", "ageAtOffence": "seksten"},
         {"consent": "ja", "guardianConsent": "ja"}, ["use", "possession"], [("cannabis", "4,5 g")])
    submit(driver)
    error = driver.find_element(By.CSS_SELECTOR, "#field-ageAtOffence .error").text
    assert "helt tall" in error, error
    assert driver.find_element(By.ID, "in-id").get_attribute("value") == "sak-2026-17", "the values entered are kept"
    driver.save_screenshot(f"{out}/error-{tag}.png")
    pixels(f"{out}/error-{tag}.png", (0xA4, 0x00, 0x0F), 200)

    # Corrected: the answer.
    fill(driver, {"ageAtOffence": "16"}, {}, [], [])
    submit(driver)
    summary = driver.find_element(By.CSS_SELECTOR, "dl.summary").text
    assert "påtaleunnlatelse med vilkår om prøvetid, ruskontrakt" in summary, summary
    begrunnelse = driver.find_element(By.CSS_SELECTOR, ".begrunnelse p").text
    assert begrunnelse.startswith("Saken gjelder bruk og besittelse av 4,5 g cannabis"), begrunnelse
    driver.save_screenshot(f"{out}/answer-{tag}.png")
    pixels(f"{out}/answer-{tag}.png", (0x0B, 0x4F, 0x8A), 500)

    # Printed for the case file: A4, with the stamp and the «begrunnelse».
    pages, text = printed(driver, f"{out}/answer-{tag}.pdf")
    for expected in ["Stempel for saksmappen", "regeldata", "Begrunnelse", "Kort svar", "sak-2026-17"]:
        assert expected in text, f"the printed answer lacks «{expected}»"
    assert "Vurder saken" not in text and "Ny sak" not in text, "the form and the links are not printed"

    # A 2026 adult case: without the in-force date the statute is a caveat; with it, it decides.
    driver.get(base + "/")
    fill(driver, {"offenceDate": "14.08.2026", "decisionDate": "01.10.2026", "ageAtOffence": "30"}, {}, ["possession"],
         [("cannabis", "3 g")])
    submit(driver)
    caveats = driver.find_element(By.CSS_SELECTOR, ".caveats").text
    assert "blir svaret forenklet forelegg" in caveats, caveats
    # With its caveat and the statute's sources the printed answer still fits two pages.
    printed(driver, f"{out}/answer-caveat-{tag}.pdf")
    fill(driver, {"inForce": "01.07.2026"}, {}, [], [])
    submit(driver)
    summary = driver.find_element(By.CSS_SELECTOR, "dl.summary").text
    assert "forenklet forelegg" in summary.split("Anbefalt")[1].splitlines()[0] + summary, summary

    # Five substances: the four rows filled, «Flere stofflinjer» gives a fifth (nothing assessed,
    # every value kept), and Enter in a field then assesses the case, not adds a row.
    from selenium.webdriver.common.keys import Keys
    driver.get(base + "/")
    four = [("cannabis", "4 g"), ("heroin", "0,5 g"), ("cocaine", "0,5 g"), ("mdma", "0,2 g")]
    fill(driver, {"offenceDate": "14.03.2024", "decisionDate": "02.05.2024", "ageAtOffence": "30"}, {}, ["possession"], four)
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[name=rows]").click()
    WebDriverWait(driver, 15).until(lambda d: replaced(old))
    assert not driver.find_elements(By.CSS_SELECTOR, ".result"), "«Flere stofflinjer» does not assess the case"
    assert driver.current_url.endswith("#field-substance.4"), driver.current_url
    assert driver.find_element(By.ID, "in-amount.3").get_attribute("value") == "0,2 g", "the rows entered are kept"
    Select(driver.find_element(By.ID, "in-substance.4")).select_by_value("khat")
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, "in-amount.4").send_keys("100 g", Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: replaced(old))
    summary = driver.find_element(By.CSS_SELECTOR, "dl.summary").text
    assert "khat 100 g" in summary and "heroin 0,5 g" in summary, summary
    assert len(driver.find_elements(By.CSS_SELECTOR, "select[id^='in-substance.']")) == 6, "one empty row after the five"

    # Keyboard only: the first field takes focus with Tab.
    driver.get(base + "/")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = driver.switch_to.active_element.get_attribute("id") or driver.switch_to.active_element.tag_name
    assert focused, "nothing takes focus with the keyboard"
    print(f"browser_test ({tag}): form, error, answer, PDF ({pages} page(s)), in-force date, more substance rows and keyboard: ok")
finally:
    driver.quit()
