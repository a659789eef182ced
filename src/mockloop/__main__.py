from mockloop.cli.app import main

main()
