"""Meeting captions and machine transcripts read as what was said (round 32, red team captions32): WebVTT (voice tags,
cue settings, rolling auto-captions with word timings), SubRip, a caption dump's ``[00:02:14]`` lines and a
closed-captioning ``<pre>`` printout, each speaker's turn joined into running text so that a value a cue break cut is
read whole, located by its first cue ("cue 00:21:40"); an HTML transcript's seek links ("00:08:21") left out of the
speech they interrupt.

Hard negatives: the cue numbers and timings themselves, a staff member's turn with the City's line and the turn after
it (a turn is a unit of its own: a resident's account in the next turn does not make the zoning speaker before it a
customer), the seek link's time beside a consumption figure, a text file that only mentions times.
"""
from __future__ import annotations

from crawler.extract import extract
from tests.detector_helpers import pairs_found

SITE = "https://www.cedarbluff.gov/meetings"

VTT = """WEBVTT - Regular Meeting

NOTE
Unedited captions.

STYLE
::cue { color: white }

c1
00:21:40.100 --> 00:21:43.000 line:85% align:center
<v Chair Osei>Next speaker please

c2
00:21:43.100 --> 00:21:46.000 line:85% align:center
<v Resident>Hello my name is Marisol Quintero my edison

c3
00:21:46.100 --> 00:21:49.000 line:85% align:center
<v Resident>account is 3-118-4407-62 and my bill

c4
00:21:49.100 --> 00:21:52.000 line:85% align:center
<v Resident>said 1,480 kilowatt
hours in july thank you
"""

SRT = """17
00:30:01,000 --> 00:30:03,500
[Speaker 2] thank you our next speaker

18
00:30:03,550 --> 00:30:06,000
[Speaker 5] good evening my name is tobias wren my

19
00:30:06,050 --> 00:30:09,000
account number is
2-404-8812-07 and we used 2,150 kwh

20
00:30:09,050 --> 00:30:10,000
last month
"""

ROLLING = """WEBVTT
Kind: captions
Language: en

00:05:00.000 --> 00:05:02.000 align:start position:0%
 
my<00:05:00.400><c> account</c><00:05:00.800><c> number</c><00:05:01.200><c> is</c>

00:05:02.000 --> 00:05:02.010 align:start position:0%
my account number is
 

00:05:02.010 --> 00:05:04.000 align:start position:0%
my account number is
3-227-9014-38<00:05:02.500><c> thank</c><00:05:03.000><c> you</c>
"""


def segments(name: str, body: str, content_type: str) -> list:
    return extract(f"{SITE}/{name}", body.encode(), content_type).segments


def spoken(name: str, body: str, content_type: str) -> list[str]:
    """The texts of the speakers' turns read (not a title's or a header's lines)."""
    return [s.text for s in segments(name, body, content_type) if "cue " in (s.location.element or "")]


def values(found: set, category: str) -> set:
    return {value for kind, value in found if kind == category}


def test_webvtt_voices_cues_joined_into_a_turn_located_by_its_first_cue():
    read = [s for s in segments("council.vtt", VTT, "text/vtt") if s.location.element]
    texts = [s.text for s in read]
    assert texts == ["Chair Osei: Next speaker please",
                     "Resident: Hello my name is Marisol Quintero my edison account is 3-118-4407-62 and my bill said "
                     "1,480 kilowatt hours in july thank you"]
    assert read[1].location.element == "cue 00:21:43"
    found = pairs_found(f"{SITE}/council.vtt", VTT, "text/vtt")
    assert {"3-118-4407-62", "1,480 kilowatt hours"} <= {value for _, value in found}


def test_subrip_speaker_tags_and_a_value_cut_across_cues():
    texts = spoken("council.srt", SRT, "text/plain")
    assert texts[1] == ("Speaker 5: good evening my name is tobias wren my account number is 2-404-8812-07 and we used "
                        "2,150 kwh last month")
    assert all("-->" not in text and "00:30" not in text for text in texts)  # no timings, no cue numbers
    found = pairs_found(f"{SITE}/council.srt", SRT, "text/plain")
    assert values(found, "account_number") == {"2-404-8812-07"}


def test_rolling_auto_captions_read_once_without_word_timings():
    texts = spoken("auto.vtt", ROLLING, "text/vtt")
    assert texts == ["my account number is 3-227-9014-38 thank you"]


def test_caption_dump_turns_apart_a_zoning_speaker_is_no_customer():
    dump = """PLANNING COMMISSION CAPTIONS
[00:40:02] [Speaker 4] GOOD EVENING MY NAME IS HOLLIS VANCE I LIVE AT 4120 NORTH
[00:40:06] CEDAR AVENUE NEXT TO THE PROJECT AND I OPPOSE THE HEIGHT
[00:40:11] [Speaker 1] THANK YOU NEXT SPEAKER
[00:40:13] [Speaker 5] HELLO MY PCE ACCOUNT NUMBER IS 3-118-4407-62 MY BILL IS TOO HIGH
[00:40:18] [Speaker 1] THANK YOU
"""
    texts = [s.text for s in segments("pc.txt", dump, "text/plain")]
    assert texts[1].startswith("Speaker 4: GOOD EVENING") and texts[1].endswith("OPPOSE THE HEIGHT")
    found = pairs_found(f"{SITE}/pc.txt", dump, "text/plain")
    assert "HOLLIS VANCE" not in {value for _, value in found}
    assert values(found, "account_number") == {"3-118-4407-62"}


def test_closed_captioning_printout_in_pre_read_as_turns():
    pre = ("1\n00:12:04\n&gt;&gt; MY NAME IS RUTH ABARA MY EDISON\nACCOUNT IS\n\n"
           "2\n00:12:07\n2-775-3019-44 THANK YOU\n\n"
           "3\n00:12:09\n&gt;&gt; THANK YOU NEXT SPEAKER\n\n4\n00:12:11\nGO AHEAD\n")
    html = f"<html><body><main><h1>Closed captioning</h1><pre>{pre}</pre></main></body></html>"
    texts = [s.text for s in segments("cc.html", html, "text/html")]
    assert "MY NAME IS RUTH ABARA MY EDISON ACCOUNT IS 2-775-3019-44 THANK YOU" in texts
    assert "THANK YOU NEXT SPEAKER GO AHEAD" in texts


def test_transcript_seek_links_left_out_of_the_speech():
    html = """<html><body><main><div id="transcript"><p class="turn"><strong>Speaker 6:</strong>
<span class="cue"><a href="#t=811" class="ts">00:13:31</a> we used nineteen hundred kilowatt hours</span>
<span class="cue"><a href="#t=815" class="ts">00:13:35</a> last month and it doubled</span></p></div>
<p>Video: <a href="https://video.cedarbluff.gov/v/88?t=811">watch at 13:31</a></p></main></body></html>"""
    texts = [s.text for s in segments("transcript.html", html, "text/html")]
    assert "Speaker 6: we used nineteen hundred kilowatt hours last month and it doubled" in texts
    found = pairs_found(f"{SITE}/transcript.html", html, "text/html")
    assert not any(value.startswith("00") or value == "13" for _, value in found)


def test_text_mentioning_times_is_no_captions():
    notes = "Meeting notes\nDoors open 6:30\nThe chair opened at 7:02 and the item ran to 8:15.\nAdjourned.\n"
    texts = [s.text for s in segments("notes.txt", notes, "text/plain")]
    assert texts == ["Meeting notes", "Doors open 6:30", "The chair opened at 7:02 and the item ran to 8:15.",
                     "Adjourned."]
