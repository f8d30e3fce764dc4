/** Thai label and an example value for each field, used in messages and the guide. */
export const FIELD_HELP: Record<string, { label: string; example: string }> = {
  id: { label: "รหัสหน่วยงานภาษาอังกฤษ", example: "id: muangkong" },
  name: {
    label: "ชื่อหน่วยงาน",
    example: "name: องค์การบริหารส่วนตำบลช่อระกา หรือ name: เทศบาลตำบลเมืองคง",
  },
  kind: { label: "ประเภทหน่วยงาน (ไม่บังคับ)", example: "kind: องค์การบริหารส่วนตำบล" },
  district: { label: "อำเภอ (ไม่ต้องพิมพ์คำว่าอำเภอ)", example: "district: ราษีไศล" },
  province: { label: "จังหวัด (ไม่ต้องพิมพ์คำว่าจังหวัด)", example: "province: ศรีสะเกษ" },
  website: { label: "เว็บไซต์หน่วยงาน", example: "website: https://www.muangkongmunic.com/" },
  logo: { label: "ไฟล์ตราสัญลักษณ์ในโฟลเดอร์ content", example: "logo: logo.png" },
  title: { label: "ชื่อเรื่อง", example: "title: โครงการฝึกอบรม…" },
  tableTitle: {
    label: "หัวตาราง",
    example: "tableTitle: ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  },
  signer: {
    label: "ผู้ลงนาม",
    example:
      "signer:\n    name: นายสมชาย ใจดี\n    position: นายกองค์การบริหารส่วนตำบลช่อระกา หรือ นายกเทศมนตรีตำบลเมืองคง",
  },
  "signer.name": { label: "ชื่อผู้ลงนาม", example: "name: นายสมชาย ใจดี" },
  "signer.position": {
    label: "ตำแหน่งผู้ลงนาม",
    example: "position: นายกองค์การบริหารส่วนตำบลช่อระกา หรือ position: นายกเทศมนตรีตำบลเมืองคง",
  },
  reportDate: { label: "วันที่รายงาน (พ.ศ.)", example: "reportDate: 2568-10-15" },
  scores: {
    label: "ผลคะแนน ITA รายปี",
    example:
      "scores:\n  - year: 2567\n    total: 88.50\n    iit: 90.12\n    eit: 91.89\n    oit: 85.00",
  },
  "scores.year": { label: "ปีงบประมาณ พ.ศ.", example: "year: 2567" },
  "scores.total": { label: "คะแนนรวม", example: "total: 88.50" },
  "scores.iit": { label: "คะแนน IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)", example: "iit: 90.12" },
  "scores.eit": { label: "คะแนน EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)", example: "eit: 91.89" },
  "scores.oit": { label: "คะแนน OIT (การเปิดเผยข้อมูลสาธารณะ)", example: "oit: 85.00" },
  "scores.eitParts": { label: "คะแนน EIT แยกส่วน", example: "eitParts: [92.98, 90.81]" },
  "scores.source": { label: "ที่มาของคะแนน", example: "source: ประกาศผลของ ป.ป.ช. ในระบบ ITAS" },
  published: { label: "วันที่เผยแพร่บนเว็บไซต์ (พ.ศ.)", example: "published: 2568-10-20" },
  planTitle: {
    label: "ชื่อเอกสารมาตรการ (แผน) ถ้าไม่ใช้ชื่อมาตรฐาน",
    example: "planTitle: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  },
  status: { label: "สถานะของรายงาน", example: "status: draft (ร่าง) หรือ status: final (ฉบับสมบูรณ์)" },
  siteUrl: {
    label: "ที่อยู่เว็บของโฟลเดอร์ที่วางเว็บไซต์รายงาน",
    example: "siteUrl: https://www.muangkongmunic.com/ita/",
  },
  editor: {
    label: "ตัวแก้ไขบนเว็บ (/admin/): คลัง GitHub ที่บันทึก และบริการเข้าสู่ระบบ",
    example:
      "editor:\n  repository: muangkong/ita-report\n  signIn: https://ita-report-auth.example.workers.dev",
  },
  "editor.repository": {
    label: "คลังบน GitHub (เจ้าของ/ชื่อคลัง)",
    example: "repository: muangkong/ita-report",
  },
  "editor.branch": { label: "branch ที่บันทึก (ไม่บังคับ ปกติคือ main)", example: "branch: main" },
  "editor.signIn": {
    label: "ที่อยู่บริการเข้าสู่ระบบ GitHub (OAuth)",
    example: "signIn: https://ita-report-auth.example.workers.dev",
  },
  "editor.contentFolder": {
    label: "โฟลเดอร์เนื้อหาในคลัง (ไม่บังคับ ปกติคือ content)",
    example: "contentFolder: content",
  },
  number: { label: "ลำดับที่ของมาตรการ", example: "number: 1" },
  period: { label: "ระยะเวลาดำเนินการ", example: "period:\n    start: 2567-10\n    end: 2568-09" },
  "period.start": { label: "วันหรือเดือนที่เริ่ม (พ.ศ.)", example: "start: 2568-01-01 หรือ 2567-10" },
  "period.end": { label: "วันหรือเดือนที่สิ้นสุด (พ.ศ.)", example: "end: 2568-07-01 หรือ 2568-09" },
  evidence: {
    label: "หลักฐาน: รูปภาพ ไฟล์ PDF หรือลิงก์ พร้อมคำบรรยาย",
    example:
      "evidence:\n  - file: 01-training.jpg\n    caption: บรรยากาศการฝึกอบรม\n  - url: https://www.example.go.th/news/1\n    caption: ข่าวบนเว็บไซต์",
  },
  "evidence.file": { label: "ชื่อไฟล์ในโฟลเดอร์ evidence ของปี", example: "file: 01-training.jpg" },
  "evidence.url": { label: "ที่อยู่เว็บของหลักฐาน", example: "url: https://www.example.go.th/news/1" },
  "evidence.caption": {
    label: "คำบรรยายหลักฐาน (แสดงใต้ภาพและอ่านให้ผู้พิการทางสายตา)",
    example: "caption: บรรยากาศการฝึกอบรม วันที่ ๑๕ มกราคม ๒๕๖๘",
  },
  accept: {
    label: "คำเตือนที่ยอมรับไว้ พร้อมเหตุผล",
    example: "accept:\n    W_NUMBER_GAP: ต้นฉบับไม่มีมาตรการที่ ๕",
  },
  responsibleUnits: {
    label: "ผู้รับผิดชอบ",
    example:
      "responsibleUnits:\n    - สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา หรือ สำนักปลัดเทศบาลตำบลเมืองคง",
  },
};
