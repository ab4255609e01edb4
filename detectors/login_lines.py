"""Logins written the way a tool takes them, with no password label: a shell history, a deploy script or a DBA's
notes published by mistake.

- A MySQL or MariaDB client's password glued to ``-p`` (``mysql -u app -pS3cr3tPass``) or given as
  ``--password=...``, on a line that runs such a client: ``-p 8080`` (a space: the client prompts; docker's and ssh's
  port) is none.
- An Oracle connect string ``user/password@database`` after an Oracle tool (``exp`` and ``imp`` opening a command
  line) or SQL*Plus's ``connect`` (``sqlplus scott/Tiger7#Lx@orcl``, ``conn hr/Hr2024pw@//db:1521/PROD``,
  ``exp system/manager@XE``), a bare word too, as after mysql's ``-p``: a path with an ``@`` in it
  (``docs/v2@latest``, ``@scope/pkg@1.2``) names no tool.
- A password file's line, a user and a password hash as Apache's ``htpasswd`` or ``crypt`` writes it
  (``admin:$apr1$<salt>$<hash>``, ``{SHA}``, bcrypt, SHA-crypt), the hash at its full length: documentation's
  ``user:password`` or a hash cut short (``$apr1$...``) is no line of such a file.

Each yields the password's (or the hash's) span; the detector judges the value as it judges any password.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# the line's tool: a MySQL-family client (mysql, mysqldump, mysqladmin, mariadb-dump ...), then its short or long option
_MYSQL_TOOL = re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?(?:mysql\w*|mariadb(?:-\w+)?)(?![\w.-])")
# a shell word, up to a quote, a separator or a redirection, and not a sentence's comma or full stop after it
_VALUE = r"[^\s\"'`;|&<>()$](?:[^\s\"'`;|&<>()]*[^\s\"'`;|&<>(),.])?"
_MYSQL_PASSWORD = re.compile(rf"(?<=[ \t])(?:-p(?P<short>{_VALUE})|--password=(?P<long>{_VALUE}))")
# (the legacy exp and imp utilities, words of prose too, only as a command line's first word)
_ORACLE_TOOL = re.compile(r"(?i)(?:(?<![\w/.-])(?:sqlplus|sqlldr|sqlcl|expdp|impdp|rman|dgmgrl|conn(?:ect)?)"
                          r"|^[ \t]*(?:[$#>][ \t]*)?(?-i:exp|imp))"
                          r"(?:[ \t]+-\w+)*[ \t]+")
_CONNECT_STRING = re.compile(r"(?P<user>[A-Za-z][\w$#]{0,29})/(?P<password>[^\s/@\"'`]{1,64})@(?=[/\w])")
# Apache's MD5 ($apr1$), crypt's MD5, SHA-256 and SHA-512 ($1$, $5$, $6$), bcrypt ($2a$, $2b$, $2y$), {SHA}
_HASH = (r"\$apr1\$[./\w]{1,8}\$[./\w]{22}|\$1\$[./\w]{1,8}\$[./\w]{22}|\$5\$(?:rounds=\d+\$)?[./\w]{1,16}\$[./\w]{43}"
         r"|\$6\$(?:rounds=\d+\$)?[./\w]{1,16}\$[./\w]{86}|\$2[aby]\$\d\d\$[./\w]{53}|\{SHA\}[A-Za-z0-9+/]{27}=")
_PASSWORD_FILE_LINE = re.compile(rf"(?:^|(?<=\s))[\w.@-]{{1,64}}:(?P<hash>{_HASH})(?![./\w])")
# lower-case fragments of a line any of these reads: the detector looks at a segment only when it holds one
HINTS = ("mysql", "mariadb", "sqlplus", "sqlldr", "sqlcl", "exp", "imp", "rman", "dgmgrl", "conn",
         "$apr1$", "$1$", "$5$", "$6$", "$2a$", "$2b$", "$2y$", "{sha}")


def login_lines(text: str) -> Iterator[tuple[int, int, str, str, bool | None]]:
    """(start, end, why, value, strong) of each password or password hash written as a tool takes it: ``strong``
    where the option's shape alone says a password follows (a bare word counts: ``-pmanager``, a tool's connect
    string ``system/manager@XE``), None for a hash, which its shape tells."""
    for line in re.finditer(r"[^\n]+", text):
        tool = _MYSQL_TOOL.search(line.group())
        if tool:
            for match in _MYSQL_PASSWORD.finditer(text, line.start() + tool.end(), line.end()):
                group = "short" if match.group("short") else "long"
                yield match.start(group), match.end(group), "MySQL client's password option", match.group(group), True
        for tool in _ORACLE_TOOL.finditer(line.group()):
            match = _CONNECT_STRING.match(text, line.start() + tool.end(), line.end())
            if match and (match.group("user").lower(), match.group("password").lower()) != ("scott", "tiger"):
                yield match.start("password"), match.end("password"), "Oracle connect string's password", \
                    match.group("password"), True
    for match in _PASSWORD_FILE_LINE.finditer(text):
        yield match.start("hash"), match.end("hash"), "password hash of a password file's line", match.group("hash"), \
            None
