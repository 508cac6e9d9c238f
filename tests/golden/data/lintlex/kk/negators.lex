@cues negator
@lang kk
@label Болымсыздық
@scope after 2
емес
жоқ
жоқ
