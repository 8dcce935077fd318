def log = new File(basedir, 'build.log').text
assert log.contains("'mV' is not a unit of time (s) for 'width'")
assert log.contains('broken.mem')
return true
