@cues hedge
@lang ru
@label Оговорки

скептики скажут = 0.3
