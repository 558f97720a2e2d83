#!/usr/bin/env python3
"""paste-profile.py SETUP_MD POM: pastes the first ```xml block of Gatekeeper's docs/setup.md (the merge-ready
profile) into POM, as a new user would: inside the existing <profiles>, or as a new <profiles> before </project>.
A POM that already has a merge-ready profile is left as it is. Used by bench/runbook/project.sh."""
import re
import sys


def main(setup, pom):
    found = re.search(r"```xml\n(.*?)```", open(setup, encoding="utf-8").read(), re.S)
    if not found:
        sys.exit(f"{setup}: no ```xml block (the merge-ready profile) found")
    snippet = found.group(1)
    text = open(pom, encoding="utf-8").read()
    if "<id>merge-ready</id>" in text:
        return
    if "<profiles>" in text:
        profile = re.search(r"<profiles>\s*\n(.*)</profiles>", snippet, re.S).group(1)
        text = text.replace("<profiles>", "<profiles>\n<!-- gatekeeper setup.md snippet -->\n" + profile, 1)
    elif "</project>" in text:
        i = text.rindex("</project>")
        text = text[:i] + "<!-- gatekeeper setup.md snippet -->\n" + snippet + text[i:]
    else:
        sys.exit(f"{pom}: no </project> to paste the profile before")
    open(pom, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: paste-profile.py SETUP_MD POM")
    main(sys.argv[1], sys.argv[2])
