// Apps Script runs a script in its manifest's time zone; tests do the same.
process.env.TZ = 'Asia/Bangkok';
