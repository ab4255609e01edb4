"""Records spoken and then written down: call and chat transcripts exported as rows (a page's table, a call analytics
tool's or a chat service's JSON), chat logs stamped with their times, and the answers a caller gives to the agent's
questions (a name after a few words, in lower case, an account read out in words or after its program's letters)."""
import json

from tests.detector_helpers import pairs_found


def _values(pairs, category):
    return {value for kind, value in pairs if kind == category}


def test_call_transcript_exported_as_json_rows():
    calls = {"calls": [{"callId": "88120", "agentName": "Renata", "segments": [
        {"speaker": "agent", "start": 3.1, "transcript": "Thanks for calling Mesa Verde Community Energy, this is Renata."},
        {"speaker": "customer", "start": 8.4, "transcript": "Hi, I have a question about my last bill."},
        {"speaker": "agent", "start": 12.0, "transcript": "Sure. Can I have the account number, please?"},
        {"speaker": "customer", "start": 15.2, "transcript": "Yes, it's four four one, two oh nine eight, five five three."},
        {"speaker": "agent", "start": 22.9, "transcript": "And the name on the account?"},
        {"speaker": "customer", "start": 25.0, "transcript": "Yeah it's under my name, Oksana Delacroix-Mbeki."},
        {"speaker": "agent", "start": 31.0, "transcript": "And the service address?"},
        {"speaker": "customer", "start": 33.5, "transcript": "It's 2290 Wisteria Hollow Lane."},
        {"speaker": "agent", "start": 40.2, "transcript": "I see 1,318 kWh on this bill. Our number is 1-866-204-7711."},
    ]}]}
    pairs = pairs_found("https://www.example.gov/qa/calls.json", json.dumps(calls), "application/json")
    assert {"Oksana Delacroix-Mbeki"} <= _values(pairs, "customer_name")
    assert any(value.startswith("four four one") for value in _values(pairs, "account_number"))
    assert any("2290 Wisteria Hollow" in value for value in _values(pairs, "address"))
    assert any("1,318" in value for value in _values(pairs, "energy_usage"))
    assert "Renata" not in _values(pairs, "customer_name")


def test_call_transcript_as_a_table_of_turns():
    rows = [("0:04", "Agent", "City utilities, this is Marcus. May I have the account number?"),
            ("0:10", "Caller", "It's 5518-330-274."),
            ("0:16", "Agent", "And your name?"),
            ("0:19", "Caller", "Priscilla Okwuosa."),
            ("0:25", "Caller", "I live at 77 Tamsin Court, apartment 4."),
            ("0:40", "Agent", "This month shows 944 kWh.")]
    body = ("<html><body><h2>Call 4410</h2><table><thead><tr><th>Time</th><th>Speaker</th><th>Utterance</th></tr></thead>"
            "<tbody>" + "".join(f"<tr><td>{t}</td><td>{w}</td><td>{s}</td></tr>" for t, w, s in rows) + "</tbody></table></body></html>")
    pairs = pairs_found("https://www.example.gov/qa/review.html", body, "text/html")
    assert "Priscilla Okwuosa" in _values(pairs, "customer_name")
    assert "5518-330-274" in _values(pairs, "account_number")
    assert "Marcus" not in _values(pairs, "customer_name")


def test_chat_export_with_numbered_visitor_and_an_agent_who_joins():
    chat = [{"id": "T-5521", "history": [
        {"name": "Kit", "msg": "Hello! I'm Kit, the virtual assistant. What's your name?"},
        {"name": "Visitor 80412", "msg": "bronwyn achterberg"},
        {"name": "Kit", "msg": "Thanks! What's your account number?"},
        {"name": "Visitor 80412", "msg": "MVCE-552-0194-771"},
        {"name": "System", "msg": "Dario has joined the chat"},
        {"name": "Dario", "msg": "Hi Bronwyn, you can also reach us at 1-866-204-7711."},
        {"name": "Visitor 80412", "msg": "my cell is (951) 447-2083"}]}]
    pairs = pairs_found("https://www.example.gov/chat/export.json", json.dumps(chat), "application/json")
    assert "bronwyn achterberg" in _values(pairs, "customer_name")
    assert "MVCE-552-0194-771" in _values(pairs, "account_number")
    assert "(951) 447-2083" in _values(pairs, "phone")
    assert not any("204-7711" in value for value in _values(pairs, "phone"))  # the program's line, in the agent's turn
    assert "Dario" not in _values(pairs, "customer_name")


def test_chat_log_lines_stamped_with_their_times():
    for stamp in ("(14:02:11) ", "14:02:11 "):
        text = "\n".join(stamp + line for line in [
            "Bot: Welcome! What's your name?", "Visitor: tomasina gerhardt",
            "Bot: What's your account number?", "Visitor: 3-38-905-1162",
            "System: Lorna has joined the chat", "Lorna: I see 1,206 kWh on the last bill.",
            "Visitor: service address is 418 Quillback Road"])
        pairs = pairs_found("https://www.example.gov/chat/log.txt", text, "text/plain")
        assert "tomasina gerhardt" in _values(pairs, "customer_name"), stamp
        assert any("418 Quillback" in value for value in _values(pairs, "address")), stamp
        assert "Lorna" not in _values(pairs, "customer_name")


def test_chat_page_whose_author_span_is_followed_by_its_colon():
    lines = [("Agent", "Thanks for contacting us. What's the account number?"), ("Customer", "8104472290"),
             ("Customer", "it's for 5120 Brightwater Ave, my cell is (626) 318-4470")]
    body = "<html><body>" + "".join(f'<div class="msg"><span class="time">10:0{k}</span> <span class="author">{w}</span>: '
                                    f'<span class="text">{s}</span></div>' for k, (w, s) in enumerate(lines)) + "</body></html>"
    pairs = pairs_found("https://www.example.gov/chat/transcript.html", body, "text/html")
    assert any("5120 Brightwater" in value for value in _values(pairs, "address"))
    assert "(626) 318-4470" in _values(pairs, "phone")


def test_rows_of_a_meeting_or_a_chat_without_a_customer_stay_silent():
    meeting = [{"speaker": "Mayor Ellison", "text": "Item 7, resolution 2026-31, passes five to zero."},
               {"speaker": "Clerk Abernathy", "text": "The contract with Brightline Solar is $412,000."},
               {"speaker": "Tobias Whitcombe", "text": "Tobias Whitcombe, Claremont resident, I support the bike lanes."}]
    pairs = pairs_found("https://www.example.gov/meetings/captions.json", json.dumps(meeting), "application/json")
    assert not _values(pairs, "customer_name")
    chat = [{"name": "Kit", "msg": "Hi! What's your name?"}, {"name": "Visitor 11", "msg": "wendell park"},
            {"name": "Kit", "msg": "How can I help?"}, {"name": "Visitor 11", "msg": "what are the library hours"}]
    pairs = pairs_found("https://www.example.gov/chat/faq.json", json.dumps(chat), "application/json")
    assert not _values(pairs, "customer_name")


def test_staff_naming_a_city_facility_and_its_account_in_captions():
    vtt = ("WEBVTT\n\n00:10:01.000 --> 00:10:04.000\n<v Staff>thank you, Rosalind Achebe, energy manager, last year the program\n\n"
           "00:10:04.000 --> 00:10:08.000\n<v Staff>served 41,200 accounts, for example the Westside Library, SCE account\n\n"
           "00:10:08.000 --> 00:10:11.000\n<v Staff>4-17-602-3391, used 88,140 kWh, and the Fire Station 2, service account no. 2-40-118-7762, used 61,900 kWh\n")
    pairs = pairs_found("https://www.example.gov/board/captions.vtt", vtt, "text/vtt")
    assert not _values(pairs, "account_number") and not _values(pairs, "energy_usage")


def test_a_resident_by_a_facility_giving_their_account_is_a_customer():
    vtt = ("WEBVTT\n\n00:20:01.000 --> 00:20:05.000\n<v Speaker 4>good evening, my name is Obadiah Frantz, I live by the Civic\n\n"
           "00:20:05.000 --> 00:20:09.000\n<v Speaker 4>Center, my account is 3-55-812-4470 and my bill says I used 1,940 kWh in July\n")
    pairs = pairs_found("https://www.example.gov/board/captions2.vtt", vtt, "text/vtt")
    assert "3-55-812-4470" in _values(pairs, "account_number")
    assert any("1,940" in value for value in _values(pairs, "energy_usage"))


def test_workspace_export_authors_are_not_the_customers_their_messages_name():
    export = [{"type": "message", "user": "U0AB12", "text": "cb for Florentyna Wojcik re high bill, acct 6-21-554-0193, (951) 330-2187",
               "user_profile": {"real_name": "Gideon Marchetti", "display_name": "gideon"}},
              {"type": "message", "user": "U0CD34", "text": "on it", "user_profile": {"real_name": "Hyacinth Obi", "display_name": "hyacinth"}}]
    pairs = pairs_found("https://www.example.gov/files/slack/escalations/2026-02-03.json", json.dumps(export), "application/json")
    names = _values(pairs, "customer_name")
    assert "Florentyna Wojcik" in names
    assert not names & {"Gideon Marchetti", "gideon", "Hyacinth Obi", "hyacinth"}


def test_a_caller_reads_out_the_callback_number_asked_for():
    text = "\n".join(["[00:01:10] AGENT: Can I have the account number?", "[00:01:14] CALLER: It's 4471-208-339.",
                      "[00:01:30] AGENT: What's the best callback number?",
                      "[00:01:34] CALLER: seven six oh, four double two, nine one eight three.",
                      "[00:01:50] AGENT: Thanks. Our office line is one eight six six, two oh four, seven seven one one."])
    pairs = pairs_found("https://www.example.gov/qa/call_5512.txt", text, "text/plain")
    phones = _values(pairs, "phone")
    assert "seven six oh, four double two, nine one eight three" in phones
    assert not any("seven seven one one" in value for value in phones)


def test_a_value_typed_as_the_password():
    text = "\n".join(["Bot: How can I help?", "Visitor: i typed Lantern&Sky52 as the password and it says invalid",
                      "Visitor: I used my email as the username", "Bot: Please use the reset link."])
    pairs = pairs_found("https://www.example.gov/chat/log2.txt", text, "text/plain")
    assert _values(pairs, "credential") == {"Lantern&Sky52"}


def test_a_customer_whose_surname_is_a_facility_word_keeps_the_account():
    text = "Caller Soledad Field, SCE account 6-44-203-9158, asked about the 1,210 kWh on her June bill."
    pairs = pairs_found("https://www.example.gov/notes/calls.txt", text, "text/plain")
    assert "6-44-203-9158" in _values(pairs, "account_number")


def test_a_chat_exports_message_text_is_read_as_a_staff_note():
    export = [{"type": "message", "user": "U0EF56", "text": "Isidora Vantongeren at 8812 Falconridge Lane wants paperless "
               "billing, email is isi.vtg@gmail.com - who handles that?", "user_profile": {"real_name": "Corwin Ashby"}},
              {"type": "message", "user": "U0GH78", "text": "reminder: the library's study rooms reopen Monday at 9",
               "user_profile": {"real_name": "Delphine Marsh"}}]
    pairs = pairs_found("https://www.example.gov/files/slack/billing/2026-03-09.json", json.dumps(export), "application/json")
    assert "Isidora Vantongeren" in _values(pairs, "customer_name")
    assert any("8812 Falconridge" in value for value in _values(pairs, "address"))
    assert not _values(pairs, "customer_name") & {"Corwin Ashby", "Delphine Marsh"}
