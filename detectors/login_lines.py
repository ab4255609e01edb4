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

- A password handed to a tool on its command line, in a deploy script, a cron line or an ops runbook: ``sshpass -p``,
  curl's ``-u``/``--user user:password`` (a user alone: curl prompts), wget's ``--password=`` (``--http-``,
  ``--ftp-``), ``smbclient -U user%password``, an LDAP tool's ``-w`` (``ldapsearch -D cn=admin,... -w``), Windows'
  ``net use ... /user:DOMAIN\\name password``, PowerShell's ``ConvertTo-SecureString '...' -AsPlainText``, Redis's
  ``requirepass`` and ``masterauth``, SQL Server's ``sqlcmd``/``bcp -P``, ``redis-cli -a``, a MongoDB tool's ``-p``,
  PsExec's ``-p``, a remote desktop client's ``/p:``, ``lftp -u user,password``, OpenSSL's ``pass:``, keytool's
  ``-storepass``/``-keypass``, each on the line of its own tool: ``-p`` or ``-w`` of any other tool is none; and any
  command's long option named as a password (``--password``, ``--db-password``) where the command opens the line,
  its value no bare word of letters.
- SQL that sets a login's password: ``IDENTIFIED BY 'pw'`` (MySQL, MariaDB, Oracle's bare word too, ``IDENTIFIED
  WITH plugin BY``), PostgreSQL's ``CREATE|ALTER ROLE|USER ... [WITH] [ENCRYPTED] PASSWORD 'pw'``.
- A PostgreSQL password file's line (``.pgpass``: ``host:port:database:user:password``, the port a number or ``*``).

A quoted value is read to its closing quote; a double-quoted one that expands a variable (``"$SSHPASS"``) and a
placeholder (``<password>``, ``'password'``, ``changeme``, ``new_password``) are none.

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
         "$apr1$", "$1$", "$5$", "$6$", "$2a$", "$2b$", "$2y$", "{sha}",
         "sshpass", "curl", "wget", "smbclient", "ldap", "net use", "securestring", "requirepass", "masterauth",
         "identified", "password '", "password \"", ":5432:", ":6432:", ":*:", "sqlcmd", "bcp", "osql", "isql",
         "redis-cli", "mongo", "psexec", "paexec", "rdp", "rdesktop", "lftp", "openssl", "keytool")

# a value a shell or SQL takes: quoted (to its closing quote; a double-quoted one that expands nothing), or a bare word
_QUOTED_OR_WORD = (r"(?:'(?P<sq>[^'\n]{1,64})'|\"(?P<dq>[^\"\n$`\\]{1,64})\"|(?!-)(?P<word>" + _VALUE + r"))")
# each tool (the line must run it), then its option whose value is a password, or a user:password pair; an option
# pattern that opens with a blank follows the tool's name at once (``option.match`` there)
_TOOL_OPTIONS = [
    ("sshpass's -p", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?sshpass(?![\w.-])"),
     re.compile(r"(?<=[ \t])-p[ \t]*" + _QUOTED_OR_WORD)),
    ("curl's user:password", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?curl(?:\.exe)?(?![\w.-])"),
     re.compile(r"(?<=[ \t])(?:-u[ \t]*|--(?:proxy-)?user(?:[ \t]+|=)|-U[ \t]*)(?P<q>['\"]?)(?P<user>[^\s:'\"$`]{1,64}):"
                r"(?P<pair>[^\s'\"$`]{1,64})(?P=q)(?=\s|$)")),
    ("wget's --password", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?wget(?:\.exe)?(?![\w.-])"),
     re.compile(r"(?<=[ \t])--(?:http-|ftp-|proxy-)?password(?:=|[ \t]+)" + _QUOTED_OR_WORD)),
    ("smbclient's user%password", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?smbclient(?![\w.-])"),
     re.compile(r"(?<=[ \t])(?:-U[ \t]*|--user(?:=|[ \t]+))(?P<q>['\"]?)(?P<user>[^\s%'\"$`]{1,64})%"
                r"(?P<pair>[^\s'\"$`]{1,64})(?P=q)(?=\s|$)")),
    ("an LDAP tool's -w", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?ldap(?:search|add|modify|delete|passwd|whoami|"
                                     r"compare|modrdn|exop)(?![\w.-])"),
     re.compile(r"(?<=[ \t])-w[ \t]*" + _QUOTED_OR_WORD)),
    ("net use's password", re.compile(r"(?i)(?<![\w/.-])net[ \t]+use(?![\w.-])"),
     re.compile(r"(?i)(?<=[ \t])/u(?:ser)?:[^\s/\"']+[ \t]+" + _QUOTED_OR_WORD.replace(_VALUE, r"(?![/*])" + _VALUE))),
    # (net use [drive:] \\server\share [password | *] [/user:...]: the password may come before /user too)
    ("net use's password", re.compile(r"(?i)(?<![\w/.-])net[ \t]+use(?![\w.-])"),
     re.compile(r"[ \t]+(?:(?:[A-Za-z]:|\*)[ \t]+)?\\\\[^\s\\]+\\\S+[ \t]+"
                + _QUOTED_OR_WORD.replace(_VALUE, r"(?![/*])" + _VALUE))),
    ("ConvertTo-SecureString's plain text", re.compile(r"(?i)ConvertTo-SecureString(?:[ \t]+-String)?"),
     re.compile(r"(?i)[ \t]+" + _QUOTED_OR_WORD.replace("(?P<word>" + _VALUE + ")", "(?!)")
                + r"(?=[ \t]+-AsPlainText)")),
    # (the same with its options first: "ConvertTo-SecureString -AsPlainText -Force -String '...'")
    ("ConvertTo-SecureString's plain text",
     re.compile(r"(?i)ConvertTo-SecureString(?=[^\n]*-AsPlainText)(?:[ \t]+-(?:AsPlainText|Force)(?![\w-]))+"),
     re.compile(r"(?i)[ \t]+-String[ \t]+" + _QUOTED_OR_WORD.replace("(?P<word>" + _VALUE + ")", "(?!)"))),
    ("Redis's requirepass", re.compile(r"(?i)^[ \t]*(?:requirepass|masterauth)(?=[ \t])"),
     re.compile(r"[ \t]+" + _QUOTED_OR_WORD + r"[ \t]*$")),
    ("SQL Server tool's -P", re.compile(r"(?i)(?<![\w/.-])(?:[\w./\\-]*[/\\])?(?:sqlcmd|bcp|osql|isql)(?:\.exe)?(?![\w.-])"),
     re.compile(r"(?<=[ \t])-P[ \t]*" + _QUOTED_OR_WORD)),
    ("redis-cli's -a", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?redis-cli(?![\w.-])"),
     re.compile(r"(?<=[ \t])-a[ \t]*" + _QUOTED_OR_WORD)),
    ("a MongoDB tool's -p", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?mongo(?:sh|dump|restore|export|import|stat|top)?"
                                       r"(?![\w.-])"),
     re.compile(r"(?<=[ \t])-p[ \t]*" + _QUOTED_OR_WORD)),
    ("PsExec's -p", re.compile(r"(?i)(?<![\w/.-])(?:[\w./\\-]*[/\\])?(?:psexec|paexec)(?:64)?(?:\.exe)?(?![\w.-])"),
     re.compile(r"(?<=[ \t])-p[ \t]+" + _QUOTED_OR_WORD)),
    ("a remote desktop client's password", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?(?:x|wl)?freerdp3?(?![\w.-])"),
     re.compile(r"(?<=[ \t])[/+]p(?:assword)?:" + _QUOTED_OR_WORD)),
    ("rdesktop's -p", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?rdesktop(?![\w.-])"),
     re.compile(r"(?<=[ \t])-p[ \t]*" + _QUOTED_OR_WORD)),
    ("lftp's user,password", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?lftp(?![\w.-])"),
     re.compile(r"(?<=[ \t])-u[ \t]*(?P<q>['\"]?)(?P<user>[^\s,'\"$`]{1,64}),(?P<pair>[^\s'\"$`]{1,64})(?P=q)(?=\s|$)")),
    ("OpenSSL's pass:", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?openssl(?:\.exe)?(?![\w.-])"),
     re.compile(r"(?<=[ \t])-(?:passin|passout|pass|password|passwd|kpass)[ \t]+['\"]?pass:" + _QUOTED_OR_WORD)),
    ("keytool's store or key password", re.compile(r"(?i)(?<![\w/.-])(?:[\w./-]*/)?keytool(?:\.exe)?(?![\w.-])"),
     re.compile(r"(?<=[ \t])-(?:src|dest|new)?(?:storepass|keypass|pass)[ \t]+" + _QUOTED_OR_WORD)),
]
# any command's long option named as a password ("--password", "--db-password", "--ftp-pass"), on a line that runs
# the command (it opens the line), its value no bare word of letters ("--password followed by ..." is prose)
_COMMAND_LINE = re.compile(r"^(?:[ \t]*(?:[$#>%][ \t]+)?(?:sudo[ \t]+(?:-\w+[ \t]+)*)?(?:[A-Za-z_]\w*=\S*[ \t]+)*)"
                           r"(?:[\w./\\-]*[/\\])?[a-z][\w.-]*[ \t]")
_LONG_PASSWORD_OPTION = re.compile(r"(?<=[ \t])--(?!(?:no|skip|ask|prompt)-)(?:[a-z]+-)*(?:password|passwd|pass|passphrase)"
                                   r"(?P<sep>=|[ \t]+)" + _QUOTED_OR_WORD)
# (a statement that makes or changes a login, its keywords in one case as SQL is written: "Grant applicants
# identified by staff" is prose)
_SQL_LOGIN = r"\b(?:(?:CREATE|ALTER)[ \t]+(?:USER|ROLE)|GRANT)\b|\b(?:(?:create|alter)[ \t]+(?:user|role)|grant)\b"
_SQL_PASSWORD = re.compile(
    rf"(?:{_SQL_LOGIN})[^;\n]{{0,200}}?(?:"
    r"\b(?:IDENTIFIED(?:[ \t]+WITH[ \t]+['\"]?\w+['\"]?)?[ \t]+BY(?:[ \t]+(?:PASSWORD|VALUES))?"
    r"|identified(?:[ \t]+with[ \t]+['\"]?\w+['\"]?)?[ \t]+by(?:[ \t]+(?:password|values))?)[ \t]+"
    r"(?!(?i:PASSWORD|VALUES)\b)" + _QUOTED_OR_WORD
    + r"|\b(?:PASSWORD|password)[ \t]+(?P<pg>'[^'\n]{1,64}'))")
# host:port:database:user:password, each field but the password a name, an address or *
_PGPASS_LINE = re.compile(r"(?m)^[ \t]*(?:[\w.-]*[A-Za-z.][\w.-]*|\*|\[[\d:a-fA-F]+\]):(?:\d{2,5}|\*):(?:[\w.-]+|\*):(?:[\w.@-]+|\*):"
                          r"(?P<password>[^\s:]{1,64})[ \t]*$")
# a command line's start before its tool: a prompt, sudo, variables set for it, a chain's or a pipe's previous command
_COMMAND_START = re.compile(r"(?:^|[;&|`(]|\$\()[ \t]*(?:[$#>%][ \t]+)?(?:sudo[ \t]+(?:-\w+[ \t]+)*)?"
                            r"(?:[A-Za-z_]\w*=\S*[ \t]+)*(?:[\w./-]*/)?$")
# an IPv6 address, its groups read as a password file's fields
_HEX_GROUPS = re.compile(r"[ \t]*[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})+[ \t]*")
# a stand-in a manual writes for the password ("new_password", "mypassword", "your-pass", "password123"; Redis's
# sample "foobared", the JDK's "changeit" of every keystore's manual)
_STAND_IN = re.compile(r"(?i)^(?:my|new|old|your|the|some|strong|secure|db|user|root|admin|app|sample|example)?[_-]?"
                       r"(?:pass(?:word|wd|phrase)?|secret|pwd?)(?:[_-]?(?:here|goes[_-]?here|\d{1,3}))?$|^foobared$|^changeit$")


# an FTP client's command script (``ftp -s:script``, a here-document, a batch file's ``echo`` lines writing one): the
# ``open HOST [PORT]`` line, then ``user NAME PASSWORD`` on the next (or a raw ``quote USER`` / ``quote PASS`` pair)
FTP_OPEN = re.compile(r"(?i)[ \t]*(?:echo[ \t]+)?open[ \t]+[\w.-]+(?:[ \t]+\d{1,5})?[ \t]*(?:>>?[ \t]*\S+[ \t]*)?")
_FTP_USER = re.compile(r"(?i)[ \t]*(?:echo[ \t]+)?(?:quote[ \t]+)?user[ \t]+(?P<user>[^\s<>]{1,64})[ \t]+"
                       r"(?P<word>[^\s<>\"'`*$%(][^\s<>]{0,63}?)[ \t]*(?:>>?[ \t]*\S+[ \t]*)?")
_FTP_USER_ALONE = re.compile(r"(?i)[ \t]*(?:echo[ \t]+)?(?:quote[ \t]+)?user[ \t]+(?P<user>[^\s<>]{1,64}?)[ \t]*"
                             r"(?:>>?[ \t]*\S+[ \t]*)?")
_FTP_PASS = re.compile(r"(?i)[ \t]*(?:echo[ \t]+)?(?:quote[ \t]+)?pass[ \t]+"
                       r"(?P<word>[^\s<>\"'`*$%(][^\s<>]{0,63}?)[ \t]*(?:>>?[ \t]*\S+[ \t]*)?")
_ANONYMOUS = ("anonymous", "ftp")


def ftp_script_password(text: str, previous: str) -> tuple[int, int, str, str] | None:
    """(start, end, why, value) of the password of an FTP script's login line ``text``, whose line above is
    ``previous`` (its ``open HOST`` line, or its ``user NAME`` line for a ``pass`` line); None for another line, an
    anonymous login (whose "password" is a mailbox), a stand-in or a value of letters alone ("Open House" / "User
    Guide Download" is no script)."""
    previous = previous.rsplit("\n", 1)[-1]
    if FTP_OPEN.fullmatch(previous):
        match = _FTP_USER.fullmatch(text)
        if match and match.group("user").lower() in _ANONYMOUS:
            return None
    elif (alone := _FTP_USER_ALONE.fullmatch(previous)) and alone.group("user").lower() not in _ANONYMOUS:
        match = _FTP_PASS.fullmatch(text)
    else:
        return None
    if not match or match.group("word").isalpha() or _STAND_IN.match(match.group("word")):
        return None
    return match.start("word"), match.end("word"), "an FTP script's login", match.group("word")


def _value_of(match: re.Match) -> tuple[int, int, str] | None:
    """The value's span and text; None for a stand-in, or a pair whose password is its user ("admin:admin", a
    product's documented default)."""
    if "user" in match.re.groupindex and match.group("user") == match.group("pair"):
        return None
    for group in ("sq", "dq", "word", "pair", "pg", "password"):
        if group in match.re.groupindex and match.group(group) is not None:
            start, end = match.span(group)
            if group == "pg":
                start, end = start + 1, end - 1
            value = match.string[start:end]
            return None if _STAND_IN.match(value) else (start, end, value)
    return None


def login_lines(text: str) -> Iterator[tuple[int, int, str, str, bool | None]]:
    """(start, end, why, value, strong) of each password or password hash written as a tool takes it: ``strong``
    where the option's shape alone says a password follows (a bare word counts: ``-pmanager``, a tool's connect
    string ``system/manager@XE``), None for a hash, which its shape tells."""
    for line in re.finditer(r"[^\n]+", text):
        tool = _MYSQL_TOOL.search(line.group())
        mysql = tool is not None
        if tool:
            for match in _MYSQL_PASSWORD.finditer(text, line.start() + tool.end(), line.end()):
                group = "short" if match.group("short") else "long"
                yield match.start(group), match.end(group), "MySQL client's password option", match.group(group), True
        for tool in _ORACLE_TOOL.finditer(line.group()):
            match = _CONNECT_STRING.match(text, line.start() + tool.end(), line.end())
            if match and (match.group("user").lower(), match.group("password").lower()) != ("scott", "tiger"):
                yield match.start("password"), match.end("password"), "Oracle connect string's password", \
                    match.group("password"), True
        for why, tool_pattern, option in _TOOL_OPTIONS:
            tool = tool_pattern.search(line.group())
            if tool:
                at = line.start() + tool.end()
                matches = [option.match(text, at, line.end())] if option.pattern.startswith("[ \\t]") else \
                    option.finditer(text, at, line.end())
                for match in filter(None, matches):
                    found = _value_of(match)
                    # a bare word of letters only, only on a command line (not "the sshpass -p option passes ...")
                    if found and (not found[2].isalpha() or not match.groupdict().get("word")
                                  or _COMMAND_START.search(line.group(), 0, tool.start())):
                        yield *found[:2], why, found[2], True
        if _COMMAND_LINE.match(line.group()) and "--" in line.group():
            for match in _LONG_PASSWORD_OPTION.finditer(text, line.start(), line.end()):
                found = _value_of(match)
                # (a MySQL client's --password takes its value after "=" only: "--password cis" prompts, cis the database)
                if found and not found[2].isalpha() and not (match.group("sep") != "=" and mysql):
                    yield *found[:2], "a command's password option", found[2], True
        for match in _SQL_PASSWORD.finditer(text, line.start(), line.end()):
            if found := _value_of(match):
                yield *found[:2], "SQL's password of a login", found[2], True
    for match in _PGPASS_LINE.finditer(text):
        if not _HEX_GROUPS.fullmatch(match.group()) and (found := _value_of(match)):
            yield *found[:2], "PostgreSQL password file's line", found[2], True
    for match in _PASSWORD_FILE_LINE.finditer(text):
        yield match.start("hash"), match.end("hash"), "password hash of a password file's line", match.group("hash"), \
            None
