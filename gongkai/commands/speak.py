"""gongkai speak: synthesise Mandarin speech to a WAV file, as the read-aloud button does."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "speak", help="把文字合成为普通话语音（WAV 文件）",
        description="用一体机的朗读功能（pyttsx3 + espeak-ng，语音 cmn-latn-pinyin）把文字合成为 WAV 文件，"
                    "可用于检查本机的语音是否正常。金额、日期、电话号码等会先转换成便于朗读的说法。",
    )
    parser.add_argument("text", metavar="TEXT", help="要朗读的文字")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.wav", help="输出的 WAV 文件")
    parser.add_argument("--voice", default=None, metavar="VOICE", help="espeak-ng 语音（默认 cmn-latn-pinyin）")
    parser.add_argument("--raw", action="store_true", help="不做朗读前的文字转换，原样合成")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import ValidationError
    from kiosk.speech import VOICE, check_wav, speech_text, synthesize_to_wav

    text = args.text if args.raw else speech_text(args.text, "")
    if not text.strip():
        raise ValidationError("没有可朗读的文字")
    path = synthesize_to_wav(text, args.out, voice=args.voice or VOICE)
    print(f"已生成 {path}（{check_wav(path):.1f} 秒）")
    return 0
