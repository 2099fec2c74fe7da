"""One module per subcommand (or group of subcommands); see gongkai/cli.py."""
