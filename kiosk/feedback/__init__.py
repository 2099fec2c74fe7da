"""The resident's voice: 好差评 ratings, questions (留言 and 现场咨询) and their bounded free text.

ratings.py     the five national 好差评 levels, the reasons of a 差评, one rating saved
questions.py   a question left at the kiosk or recorded at the counter, with a topic; the counter's
               现场咨询解答 log
text.py        free text: bounded, and refused when it looks like an ID or a phone number

Each saved record is queued for the county by a trigger (kiosk/store/migrations/m70_feedback.py) and
travels as an upward kind (sync/upward/k20_voice.py). Nothing here is shown to the next resident.
"""
