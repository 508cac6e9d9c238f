# only comments, no header
# прямые выборы
