// Runs before first paint (blocking, in <head>) so a chosen theme never flashes.
try {
  var t = localStorage.getItem('etw:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
