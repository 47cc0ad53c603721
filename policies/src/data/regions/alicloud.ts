// Alibaba Cloud region ids (the provider's `region`, e.g. eu-central-1, cn-hangzhou); zones append a
// letter (eu-central-1a, cn-hangzhou-h) and are read as their region. Several ids are spelt like AWS's but
// are elsewhere: Alibaba eu-west-1 is London (AWS: Ireland), ap-southeast-3 Kuala Lumpur (AWS: Jakarta),
// so the catalogue keys such rows as "alicloud:<id>" (see catalogue.ts).
// Verified with the search tool against alibabacloud.com "Regions and zones" / region-id tables: cn-qingdao,
// cn-beijing, cn-zhangjiakou, cn-huhehaote, cn-hangzhou, cn-shanghai, cn-shenzhen, cn-chengdu, cn-hongkong,
// ap-northeast-1, ap-southeast-1, -2, -3, -5, ap-south-1, us-east-1, us-west-1, me-east-1, eu-central-1,
// eu-west-1, cn-shanghai-finance-1. Not verified: cn-heyuan, cn-guangzhou, cn-wulanchabu, cn-nanjing,
// cn-fuzhou, ap-northeast-2, ap-southeast-6, ap-southeast-7, me-central-1, na-south-1.
import { region, type RegionTable } from "./entry";

export const alicloudRegions: RegionTable = {
    cloud: "alicloud",
    source: "https://www.alibabacloud.com/help/en/ecs/product-overview/regions-and-zones",
    entries: [
        region("eu-central-1", "Frankfurt, Germany", "DE"),
        region("eu-west-1", "London, United Kingdom", "GB"),
        region("us-east-1", "Virginia, United States", "US"),
        region("us-west-1", "Silicon Valley, United States", "US"),
        region("na-south-1", "Mexico", "MX"),
        region("me-east-1", "Dubai, United Arab Emirates", "AE"),
        region("me-central-1", "Riyadh, Saudi Arabia", "SA"),
        region("ap-northeast-1", "Tokyo, Japan", "JP"),
        region("ap-northeast-2", "Seoul, South Korea", "KR"),
        region("ap-southeast-1", "Singapore", "SG"),
        region("ap-southeast-2", "Sydney, Australia", "AU"),
        region("ap-southeast-3", "Kuala Lumpur, Malaysia", "MY"),
        region("ap-southeast-5", "Jakarta, Indonesia", "ID"),
        region("ap-southeast-6", "Manila, Philippines", "PH"),
        region("ap-southeast-7", "Bangkok, Thailand", "TH"),
        region("ap-south-1", "Mumbai, India", "IN"),
        region("cn-hongkong", "Hong Kong", "HK"),
        region("cn-qingdao", "Qingdao, China", "CN"),
        region("cn-beijing", "Beijing, China", "CN"),
        region("cn-zhangjiakou", "Zhangjiakou, China", "CN"),
        region("cn-huhehaote", "Hohhot, China", "CN"),
        region("cn-wulanchabu", "Ulanqab, China", "CN"),
        region("cn-hangzhou", "Hangzhou, China", "CN"),
        region("cn-shanghai", "Shanghai, China", "CN"),
        region("cn-nanjing", "Nanjing, China", "CN"),
        region("cn-fuzhou", "Fuzhou, China", "CN"),
        region("cn-shenzhen", "Shenzhen, China", "CN"),
        region("cn-heyuan", "Heyuan, China", "CN"),
        region("cn-guangzhou", "Guangzhou, China", "CN"),
        region("cn-chengdu", "Chengdu, China", "CN"),
        region("cn-shanghai-finance-1", "Shanghai Finance Cloud, China", "CN"),
    ],
};
