# no header at all
выборы акимов = 2
